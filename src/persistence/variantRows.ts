/**
 * Building and removing variant rows, shared by the variant, process and trash repositories.
 * The builders are pure (ids and times come from the context before a transaction starts); the
 * removers must run inside a transaction that includes every table they touch.
 */
import type { Modellart, ModelStatus } from '../domain/model/gpmAttributes';
import type { RevisionKind, RevisionRecord, VariantRecord } from '../domain/model/library';
import type { GpmDatabase } from './db';
import type { RepositoryContext } from './repositoryContext';
import { buildSearchText, collapseWhitespace, normalizeOrganisationseinheit } from './searchText';
import type { BodyRecord, StoredVariant } from './storedRecords';

/** What the app knows about a new variant (it parsed the XML; persistence never does). */
export interface NewVariantMeta {
  organisationseinheit: string;
  modellart: Modellart;
  /** Default 'entwurf'. */
  status?: ModelStatus;
  name: string;
  elementCount: number;
  errorCount?: number;
  warningCount?: number;
  findingsByCategory?: Record<string, number>;
  sampleKey?: string;
}

/** A variant with the revision that was written together with it. */
export interface VariantWithRevision {
  variant: VariantRecord;
  revision: RevisionRecord;
}

/** The rows of a new variant with its first revision and that revision's body. */
export interface NewVariantRows {
  variant: StoredVariant;
  revision: RevisionRecord;
  body: BodyRecord;
}

/** How the first revision of a new variant came about. */
export interface FirstRevisionSpec {
  kind: RevisionKind;
  comment: string;
  author: string;
  parentRevisionId: string | null;
  sourceRevisionId?: string;
  /** Creation time of the rows; default: now. */
  at?: string;
}

/** Drop storage-only fields so callers get the domain record. */
export function toVariantRecord(row: StoredVariant): VariantRecord {
  const { searchText: _searchText, ...variant } = row;
  return variant;
}

/** The name after trimming, or null when it is empty. */
export function cleanName(name: string | undefined): string | null {
  const cleaned = collapseWhitespace(name ?? '');
  return cleaned === '' ? null : cleaned;
}

/** Build the rows of a new variant (pure; the caller validated the name). */
export function buildNewVariantRows(
  ctx: RepositoryContext,
  processId: string,
  processName: string,
  meta: NewVariantMeta,
  xml: string,
  spec: FirstRevisionSpec
): NewVariantRows {
  const at = spec.at ?? ctx.now();
  const variantId = ctx.newId();
  const revisionId = ctx.newId();
  const variant: StoredVariant = {
    id: variantId,
    processId,
    organisationseinheit: normalizeOrganisationseinheit(meta.organisationseinheit),
    modellart: meta.modellart,
    status: meta.status ?? 'entwurf',
    name: collapseWhitespace(meta.name),
    headRevisionId: revisionId,
    elementCount: meta.elementCount,
    ...(meta.errorCount !== undefined ? { errorCount: meta.errorCount } : {}),
    ...(meta.warningCount !== undefined ? { warningCount: meta.warningCount } : {}),
    ...(meta.findingsByCategory ? { findingsByCategory: { ...meta.findingsByCategory } } : {}),
    ...(meta.sampleKey ? { sampleKey: meta.sampleKey } : {}),
    createdAt: at,
    updatedAt: at,
    searchText: ''
  };
  variant.searchText = buildSearchText(variant, processName);
  const revision: RevisionRecord = {
    id: revisionId,
    variantId,
    parentRevisionId: spec.parentRevisionId,
    kind: spec.kind,
    comment: spec.comment,
    author: spec.author,
    createdAt: at,
    elementCount: meta.elementCount,
    size: xml.length,
    ...(spec.sourceRevisionId ? { sourceRevisionId: spec.sourceRevisionId } : {})
  };
  return { variant, revision, body: { revisionId, variantId, xml } };
}

/** Write the rows of new variants with bulk operations (inside a transaction over variants, revisions, bodies). */
export async function addVariantRows(db: GpmDatabase, rows: readonly NewVariantRows[]): Promise<void> {
  await db.variants.bulkAdd(rows.map((r) => r.variant));
  await db.revisions.bulkAdd(rows.map((r) => r.revision));
  await db.bodies.bulkAdd(rows.map((r) => r.body));
}

/** Really delete variants with their revisions, bodies and drafts (inside a transaction over those tables). */
export async function purgeVariantRows(db: GpmDatabase, variantIds: readonly string[]): Promise<void> {
  if (variantIds.length === 0) return;
  const ids = [...variantIds];
  await db.bodies.where('variantId').anyOf(ids).delete();
  await db.revisions.where('variantId').anyOf(ids).delete();
  await db.drafts.bulkDelete(ids);
  await db.variants.bulkDelete(ids);
}

/** Recompute the search text of every variant of a process (inside a transaction over variants). */
export async function refreshSearchText(db: GpmDatabase, processId: string, processName: string): Promise<void> {
  await db.variants.where('processId').equals(processId).modify((v) => {
    v.searchText = buildSearchText(v, processName);
  });
}
