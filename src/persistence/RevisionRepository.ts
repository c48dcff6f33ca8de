/**
 * Revisions: immutable, append-only snapshots of a variant ("Version speichern"). Appending
 * moves the variant's head; restoring an old revision appends a NEW revision with the old body,
 * so nothing is ever overwritten. Metadata and XML bodies live in separate tables.
 */
import type { RevisionKind, RevisionRecord } from '../domain/model/library';
import { ok, type Result } from '../shared/result';
import { conflict, formatGermanDateTime, notFound } from './libraryErrors';
import type { RepositoryContext } from './repositoryContext';
import { fail, guardStorage } from './storageErrors';

/** How an appended revision came about. */
export interface AppendRevisionOptions {
  kind: RevisionKind;
  comment?: string;
  author: string;
  /**
   * The head this tab last knew. When another tab appended meanwhile, the append is refused
   * with `storage/conflict`. Omit to append onto whatever the head is.
   */
  parentRevisionId?: string | null;
  /** Element count of `xml`; default: the variant's current count. */
  elementCount?: number;
}

/** How a restore is recorded. */
export interface RestoreRevisionOptions {
  author: string;
  comment?: string;
  /** As in `append`: refuse when the head moved since this tab read it. */
  expectedHeadRevisionId?: string;
}

/** The only way to read and write revisions. */
export interface RevisionRepository {
  /** Append an immutable revision and make it the variant's head. */
  append(variantId: string, xml: string, options: AppendRevisionOptions): Promise<Result<RevisionRecord>>;
  /** A variant's revisions, newest first, metadata only. */
  list(variantId: string): Promise<Result<RevisionRecord[]>>;
  /** One revision's metadata. */
  get(revisionId: string): Promise<Result<RevisionRecord>>;
  /** The XML of one revision. */
  getBody(revisionId: string): Promise<Result<string>>;
  /** Append a new revision (kind 'restore') carrying the body of an older one. */
  restore(revisionId: string, options: RestoreRevisionOptions): Promise<Result<RevisionRecord>>;
}

/** Build the revision repository over a repository context. */
export function createRevisionRepository(ctx: RepositoryContext): RevisionRepository {
  const { db } = ctx;

  /** Steps 1–3 of an append, inside the caller's transaction. */
  async function appendInTransaction(
    variantId: string,
    xml: string,
    expectedHead: string | null | undefined,
    build: (parentRevisionId: string, elementCount: number) => RevisionRecord
  ): Promise<RevisionRecord> {
    // 1. The variant and the head this tab expects.
    const variant = (await db.variants.get(variantId)) ?? fail(notFound('variant', variantId));
    if (expectedHead !== undefined && expectedHead !== variant.headRevisionId) {
      const head = await db.revisions.get(variant.headRevisionId);
      fail(conflict('revision-added', head?.author ?? '', head?.createdAt ?? variant.updatedAt, { revisionId: variant.headRevisionId }));
    }
    // 2. The immutable revision and its body (add, never put: an id is never written twice).
    const revision = build(variant.headRevisionId, variant.elementCount);
    await db.revisions.add(revision);
    await db.bodies.add({ revisionId: revision.id, variantId, xml });
    // 3. The variant's head moves.
    await db.variants.update(variantId, {
      headRevisionId: revision.id,
      elementCount: revision.elementCount,
      updatedAt: revision.createdAt
    });
    return revision;
  }

  return {
    append: (variantId, xml, options) =>
      guardStorage(async () => {
        const id = ctx.newId();
        const at = ctx.now();
        return db.transaction('rw', db.variants, db.revisions, db.bodies, async () =>
          ok(
            await appendInTransaction(variantId, xml, options.parentRevisionId, (parent, count) => ({
              id,
              variantId,
              parentRevisionId: parent,
              kind: options.kind,
              comment: options.comment ?? '',
              author: options.author,
              createdAt: at,
              elementCount: options.elementCount ?? count,
              size: xml.length
            }))
          )
        );
      }),

    list: (variantId) =>
      guardStorage(async () => {
        const revisions = await db.revisions
          .where('[variantId+createdAt]')
          .between([variantId, ''], [variantId, '\uffff'])
          .reverse()
          .toArray();
        return ok(revisions);
      }),

    get: (revisionId) =>
      guardStorage(async () => ok((await db.revisions.get(revisionId)) ?? fail(notFound('revision', revisionId)))),

    getBody: (revisionId) =>
      guardStorage(async () => ok(((await db.bodies.get(revisionId)) ?? fail(notFound('revision', revisionId))).xml)),

    restore: (revisionId, options) =>
      guardStorage(async () => {
        const id = ctx.newId();
        const at = ctx.now();
        return db.transaction('rw', db.variants, db.revisions, db.bodies, async () => {
          const old = (await db.revisions.get(revisionId)) ?? fail(notFound('revision', revisionId));
          const body = (await db.bodies.get(revisionId)) ?? fail(notFound('revision', revisionId));
          const revision = await appendInTransaction(old.variantId, body.xml, options.expectedHeadRevisionId, (parent) => ({
            id,
            variantId: old.variantId,
            parentRevisionId: parent,
            kind: 'restore',
            comment: options.comment ?? `Wiederhergestellt: Version vom ${formatGermanDateTime(old.createdAt)}`,
            author: options.author,
            createdAt: at,
            elementCount: old.elementCount,
            size: body.xml.length,
            sourceRevisionId: old.id
          }));
          return ok(revision);
        });
      })
  };
}
