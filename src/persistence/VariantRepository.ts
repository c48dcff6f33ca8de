/**
 * Variants (one process in one Organisationseinheit as IST or SOLL): the fast metadata list,
 * creation with a first immutable revision, duplication, renaming, trash, purge and import.
 * Every write that spans rows happens in one Dexie transaction: it lands completely or not at all.
 */
import { liveQuery } from 'dexie';
import type { Modellart, ModelStatus } from '../domain/model/gpmAttributes';
import type { RevisionKind, VariantRecord } from '../domain/model/library';
import { err, ok, type Result } from '../shared/result';
import { nameRequired, notFound, notInTrash } from './libraryErrors';
import { planImport, type ImportedVariant, type ImportItem } from './planImport';
import type { RepositoryContext } from './repositoryContext';
import { buildSearchText, normalizeOrganisationseinheit } from './searchText';
import { fail, guardStorage, toStorageError } from './storageErrors';
import type { StoredVariant } from './storedRecords';
import { variantPredicate, type VariantFilter } from './variantFilter';
import {
  addVariantRows,
  buildNewVariantRows,
  cleanName,
  purgeVariantRows,
  toVariantRecord,
  type NewVariantMeta,
  type VariantWithRevision
} from './variantRows';

/** What a duplicate changes against its source; everything else is copied. */
export interface DuplicateOverrides {
  author: string;
  organisationseinheit?: string;
  modellart?: Modellart;
  name?: string;
  /** Default 'entwurf'. */
  status?: ModelStatus;
  /** Put the copy under another process. */
  processId?: string;
  /** The copy's XML when the app rewrote it (e.g. new gpm: OE/Modellart); default: the source's working state. */
  xml?: string;
  /** Element count of `xml` when given. */
  elementCount?: number;
  comment?: string;
}

/** Metadata the app may change without a new revision. */
export interface VariantMetaPatch {
  status?: ModelStatus;
  organisationseinheit?: string;
  modellart?: Modellart;
  elementCount?: number;
  errorCount?: number;
  warningCount?: number;
  findingsByCategory?: Record<string, number>;
}

/** The only way to read and write variants. */
export interface VariantRepository {
  /** Variant metadata (never XML) matching the filter, most recently changed first. */
  listSummaries(filter?: VariantFilter): Promise<Result<VariantRecord[]>>;
  /** Call `listener` with the list now and after every change (also from other tabs); returns unsubscribe. */
  watchSummaries(filter: VariantFilter, listener: (result: Result<VariantRecord[]>) => void): () => void;
  /** One variant, also when it is in the trash (see `deletedAt`). */
  get(variantId: string): Promise<Result<VariantRecord>>;
  /** Create a variant with its first revision and body in one transaction. */
  create(
    processId: string,
    meta: NewVariantMeta,
    xml: string,
    revisionKind: RevisionKind,
    comment: string,
    author: string
  ): Promise<Result<VariantWithRevision>>;
  /** Copy the source's working state (autosaved draft or head) as a new variant; first revision kind 'duplicate'. */
  duplicate(variantId: string, overrides: DuplicateOverrides): Promise<Result<VariantWithRevision>>;
  /** Rename a variant. */
  rename(variantId: string, name: string): Promise<Result<VariantRecord>>;
  /** Change status, OE, Modellart, element or lint counts. */
  updateMeta(variantId: string, patch: VariantMetaPatch): Promise<Result<VariantRecord>>;
  /** Move a variant to the trash (tombstone). */
  delete(variantId: string): Promise<Result<VariantRecord>>;
  /** Bring a variant back from the trash (and its process, if that is in the trash too). */
  restore(variantId: string): Promise<Result<VariantRecord>>;
  /** Variants in the trash, most recently deleted first. */
  listTrash(): Promise<Result<VariantRecord[]>>;
  /** Really delete a variant in the trash with its revisions, bodies and draft. */
  purge(variantId: string): Promise<Result<void>>;
  /** Import a batch of parsed files in one transaction: all of it or none of it. */
  importFiles(batch: readonly ImportItem[]): Promise<Result<ImportedVariant[]>>;
  /** Write many variants fast (benchmarks, samples): same as `importFiles`, items may carry `at`. */
  bulkSeed(items: readonly ImportItem[]): Promise<Result<ImportedVariant[]>>;
}

/** Fields whose change counts as a user's change ("last change" in the list). */
const USER_VISIBLE_FIELDS: readonly (keyof VariantMetaPatch)[] = ['status', 'organisationseinheit', 'modellart'];

/** Build the variant repository over a repository context. */
export function createVariantRepository(ctx: RepositoryContext): VariantRepository {
  const { db } = ctx;

  async function mustGet(variantId: string): Promise<StoredVariant> {
    const variant = await db.variants.get(variantId);
    return variant ?? fail(notFound('variant', variantId));
  }

  async function processName(processId: string): Promise<string> {
    const process = await db.processes.get(processId);
    if (!process || process.deletedAt) fail(notFound('process', processId));
    return process.name;
  }

  async function querySummaries(filter: VariantFilter): Promise<VariantRecord[]> {
    const matches = variantPredicate(filter);
    const rows =
      filter.processId !== undefined
        ? (await db.variants.where('processId').equals(filter.processId).toArray()).sort((a, b) =>
            a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0
          )
        : await db.variants.orderBy('updatedAt').reverse().toArray();
    return rows.filter(matches).map(toVariantRecord);
  }

  async function writeBatch(batch: readonly ImportItem[]): Promise<Result<ImportedVariant[]>> {
    return guardStorage(async () =>
      db.transaction('rw', [db.processes, db.variants, db.revisions, db.bodies], async () => {
        const planned = planImport(ctx, batch, await db.processes.toArray());
        if (!planned.ok) return planned;
        await db.processes.bulkAdd(planned.value.newProcesses);
        await addVariantRows(db, planned.value.rows);
        return ok(planned.value.imported);
      })
    );
  }

  return {
    listSummaries: (filter = {}) => guardStorage(async () => ok(await querySummaries(filter))),

    watchSummaries: (filter, listener) => {
      const subscription = liveQuery(() => querySummaries(filter)).subscribe({
        next: (list) => listener(ok(list)),
        error: (e: unknown) => listener(err(toStorageError(e)))
      });
      return () => subscription.unsubscribe();
    },

    get: (variantId) => guardStorage(async () => ok(toVariantRecord(await mustGet(variantId)))),

    create: (processId, meta, xml, revisionKind, comment, author) =>
      guardStorage(async () => {
        if (!cleanName(meta.name)) return err(nameRequired());
        return db.transaction('rw', [db.processes, db.variants, db.revisions, db.bodies], async () => {
          const rows = buildNewVariantRows(ctx, processId, await processName(processId), meta, xml, {
            kind: revisionKind,
            comment,
            author,
            parentRevisionId: null
          });
          await addVariantRows(db, [rows]);
          return ok({ variant: toVariantRecord(rows.variant), revision: rows.revision });
        });
      }),

    duplicate: (variantId, overrides) =>
      guardStorage(async () => {
        if (overrides.name !== undefined && !cleanName(overrides.name)) return err(nameRequired());
        return db.transaction('rw', [db.processes, db.variants, db.revisions, db.bodies, db.drafts], async () => {
          const source = await mustGet(variantId);
          const targetProcessId = overrides.processId ?? source.processId;
          const targetProcessName = await processName(targetProcessId);
          // The working state: the autosaved draft when it continues the head, else the head body.
          const draft = await db.drafts.get(variantId);
          const workingXml =
            draft && draft.baseRevisionId === source.headRevisionId
              ? draft.xml
              : ((await db.bodies.get(source.headRevisionId)) ?? fail(notFound('revision', source.headRevisionId))).xml;
          const xml = overrides.xml ?? workingXml;
          const keepsLint = overrides.xml === undefined;
          const meta: NewVariantMeta = {
            organisationseinheit: overrides.organisationseinheit ?? source.organisationseinheit,
            modellart: overrides.modellart ?? source.modellart,
            status: overrides.status ?? 'entwurf',
            name: overrides.name ?? source.name,
            elementCount: overrides.elementCount ?? source.elementCount,
            ...(keepsLint && source.errorCount !== undefined ? { errorCount: source.errorCount } : {}),
            ...(keepsLint && source.warningCount !== undefined ? { warningCount: source.warningCount } : {}),
            ...(keepsLint && source.findingsByCategory ? { findingsByCategory: source.findingsByCategory } : {})
          };
          const rows = buildNewVariantRows(ctx, targetProcessId, targetProcessName, meta, xml, {
            kind: 'duplicate',
            comment:
              overrides.comment ??
              `Kopie von „${source.name}“ (${source.organisationseinheit}, ${source.modellart})`,
            author: overrides.author,
            parentRevisionId: source.headRevisionId,
            sourceRevisionId: source.headRevisionId
          });
          await addVariantRows(db, [rows]);
          return ok({ variant: toVariantRecord(rows.variant), revision: rows.revision });
        });
      }),

    rename: (variantId, newName) =>
      guardStorage(async () => {
        const name = cleanName(newName);
        if (!name) return err(nameRequired());
        const at = ctx.now();
        return db.transaction('rw', db.processes, db.variants, async () => {
          const variant = await mustGet(variantId);
          const process = await db.processes.get(variant.processId);
          const renamed: StoredVariant = { ...variant, name, updatedAt: at };
          renamed.searchText = buildSearchText(renamed, process?.name ?? '');
          await db.variants.put(renamed);
          return ok(toVariantRecord(renamed));
        });
      }),

    updateMeta: (variantId, patch) =>
      guardStorage(async () => {
        const at = ctx.now();
        return db.transaction('rw', db.processes, db.variants, async () => {
          const variant = await mustGet(variantId);
          const updated: StoredVariant = { ...variant };
          for (const [key, value] of Object.entries(patch)) {
            if (value !== undefined) (updated as unknown as Record<string, unknown>)[key] = value;
          }
          if (patch.organisationseinheit !== undefined) {
            updated.organisationseinheit = normalizeOrganisationseinheit(patch.organisationseinheit);
          }
          const userVisible = USER_VISIBLE_FIELDS.some((k) => patch[k] !== undefined && patch[k] !== variant[k]);
          if (userVisible) updated.updatedAt = at;
          const process = await db.processes.get(variant.processId);
          updated.searchText = buildSearchText(updated, process?.name ?? '');
          await db.variants.put(updated);
          return ok(toVariantRecord(updated));
        });
      }),

    delete: (variantId) =>
      guardStorage(async () => {
        const at = ctx.now();
        return db.transaction('rw', db.variants, async () => {
          const variant = await mustGet(variantId);
          if (variant.deletedAt) return ok(toVariantRecord(variant));
          const deleted: StoredVariant = { ...variant, deletedAt: at, updatedAt: at };
          await db.variants.put(deleted);
          return ok(toVariantRecord(deleted));
        });
      }),

    restore: (variantId) =>
      guardStorage(async () => {
        const at = ctx.now();
        return db.transaction('rw', db.processes, db.variants, async () => {
          const variant = await mustGet(variantId);
          if (!variant.deletedAt) return ok(toVariantRecord(variant));
          const { deletedAt: _gone, ...restored } = { ...variant, updatedAt: at };
          await db.variants.put(restored);
          // A variant cannot live in a deleted process: bring the process back too (only the process).
          const process = await db.processes.get(variant.processId);
          if (process?.deletedAt) {
            const { deletedAt: _pGone, ...restoredProcess } = { ...process, updatedAt: at };
            await db.processes.put(restoredProcess);
          }
          return ok(toVariantRecord(restored));
        });
      }),

    listTrash: () =>
      guardStorage(async () =>
        ok((await db.variants.where('deletedAt').above('').reverse().toArray()).map(toVariantRecord))
      ),

    purge: (variantId) =>
      guardStorage(async () =>
        db.transaction('rw', [db.variants, db.revisions, db.bodies, db.drafts], async () => {
          const variant = await mustGet(variantId);
          if (!variant.deletedAt) fail(notInTrash('variant', variantId));
          await purgeVariantRows(db, [variantId]);
          return ok(undefined);
        })
      ),

    importFiles: (batch) => writeBatch(batch),

    bulkSeed: (items) => writeBatch(items)
  };
}
