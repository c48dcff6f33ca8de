/**
 * Planning an import batch before anything is written: resolve each item's process (an
 * existing id, or a name that matches an active process or one created earlier in the same
 * batch), validate names, and build every row. Pure; the repository writes the plan in one
 * transaction, so a batch lands completely or not at all.
 */
import type { ProcessRecord, RevisionKind } from '../domain/model/library';
import { err, ok, type Result } from '../shared/result';
import { nameRequired, notFound } from './libraryErrors';
import type { RepositoryContext } from './repositoryContext';
import { collapseWhitespace, foldForSearch } from './searchText';
import { buildNewVariantRows, cleanName, type NewVariantMeta, type NewVariantRows } from './variantRows';

/** Which process an imported variant belongs to: an existing one, or one found or created by name. */
export type ProcessRef =
  | { processId: string }
  | { processName: string; prozessschluessel?: string; politikfeld?: string };

/** One file to import, already parsed and validated by the app. */
export interface ImportItem {
  process: ProcessRef;
  meta: NewVariantMeta;
  xml: string;
  author: string;
  fileName?: string;
  /** Revision comment; default names the file. */
  comment?: string;
  /** Revision kind; default 'import' ('sample' for shipped samples). */
  kind?: RevisionKind;
  /** Creation time of the rows (seeding); default now. */
  at?: string;
}

/** What became of one imported item. */
export interface ImportedVariant {
  fileName?: string;
  processId: string;
  /** True when the import created the process. */
  processCreated: boolean;
  variantId: string;
  revisionId: string;
}

/** Every row an import will write, and what to report back. */
export interface ImportPlan {
  newProcesses: ProcessRecord[];
  rows: NewVariantRows[];
  imported: ImportedVariant[];
}

/** Resolve processes and build the rows of a batch; the first invalid item fails the whole batch. */
export function planImport(
  ctx: RepositoryContext,
  items: readonly ImportItem[],
  existingProcesses: readonly ProcessRecord[]
): Result<ImportPlan> {
  const byId = new Map(existingProcesses.filter((p) => !p.deletedAt).map((p) => [p.id, p]));
  const byName = new Map([...byId.values()].map((p) => [foldForSearch(p.name), p]));
  const plan: ImportPlan = { newProcesses: [], rows: [], imported: [] };

  for (const item of items) {
    // 1. The process: an existing id, an active process of that name, or a new one shared by the batch.
    let process: ProcessRecord | undefined;
    let processCreated = false;
    if ('processId' in item.process) {
      process = byId.get(item.process.processId);
      if (!process) return err(notFound('process', item.process.processId));
    } else {
      const name = cleanName(item.process.processName);
      if (!name) return err(nameRequired('processName'));
      process = byName.get(foldForSearch(name));
      if (!process) {
        const at = item.at ?? ctx.now();
        process = {
          id: ctx.newId(),
          name,
          ...(item.process.prozessschluessel ? { prozessschluessel: collapseWhitespace(item.process.prozessschluessel) } : {}),
          ...(item.process.politikfeld ? { politikfeld: collapseWhitespace(item.process.politikfeld) } : {}),
          createdAt: at,
          updatedAt: at
        };
        processCreated = true;
        plan.newProcesses.push(process);
        byId.set(process.id, process);
        byName.set(foldForSearch(name), process);
      } else {
        processCreated = plan.newProcesses.includes(process);
      }
    }

    // 2. The variant with its first revision.
    if (!cleanName(item.meta.name)) return err(nameRequired('name'));
    const rows = buildNewVariantRows(ctx, process.id, process.name, item.meta, item.xml, {
      kind: item.kind ?? 'import',
      comment: item.comment ?? (item.fileName ? `Importiert aus „${item.fileName}“` : 'Importiert'),
      author: item.author,
      parentRevisionId: null,
      ...(item.at ? { at: item.at } : {})
    });
    plan.rows.push(rows);
    plan.imported.push({
      ...(item.fileName !== undefined ? { fileName: item.fileName } : {}),
      processId: process.id,
      processCreated,
      variantId: rows.variant.id,
      revisionId: rows.revision.id
    });
  }
  return ok(plan);
}
