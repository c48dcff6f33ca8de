/**
 * The autosaved working copy of a variant: what opens after a reload or a crash. A tab writes
 * only over the draft it knows (optimistic concurrency on `counter`) and only on top of the head
 * revision it started from; otherwise the save is refused with `storage/conflict` naming who
 * wrote and when, and nothing is written — two tabs never silently overwrite each other.
 */
import { liveQuery } from 'dexie';
import type { DraftRecord, VariantRecord } from '../domain/model/library';
import { err, ok, type Result } from '../shared/result';
import { conflict, notFound } from './libraryErrors';
import type { RepositoryContext } from './repositoryContext';
import { fail, guardStorage, toStorageError } from './storageErrors';
import { toVariantRecord } from './variantRows';

/** What a tab knows when it autosaves. */
export interface SaveDraftOptions {
  /** The counter of the draft this tab last read or wrote (0 when there was none). */
  expectedCounter: number;
  /** This tab's id (e.g. a UUID made when the tab opened). */
  writerId: string;
  /** The head revision the working copy is based on. */
  baseRevisionId: string;
  /** Element count of `xml`, stored on the variant in the same transaction (saves a second write). */
  elementCount?: number;
}

/** The state a variant opens with. */
export interface WorkingCopy {
  variant: VariantRecord;
  xml: string;
  /** 'draft' when the autosaved copy continues the head; 'revision' when the head itself opens. */
  source: 'draft' | 'revision';
  /** Pass as `expectedCounter` on the next save. */
  counter: number;
  /** Pass as `baseRevisionId` on the next save. */
  baseRevisionId: string;
  /** A draft left behind on an older head (a newer version was saved or restored since); offer it as a copy. */
  staleDraft?: DraftRecord;
}

/** The only way to read and write drafts. */
export interface DraftRepository {
  /** Autosave; `storage/conflict` (and no write) when another tab wrote the draft or the head moved. */
  save(variantId: string, xml: string, options: SaveDraftOptions): Promise<Result<DraftRecord>>;
  /** The stored draft, or null. */
  load(variantId: string): Promise<Result<DraftRecord | null>>;
  /** What to open: the draft if it continues the head, else the head revision's body. */
  openWorkingCopy(variantId: string): Promise<Result<WorkingCopy>>;
  /** Throw the draft away (the head revision opens next time). */
  discard(variantId: string): Promise<Result<void>>;
  /** Call `listener` with the draft now and whenever it changes (also from another tab); returns unsubscribe. */
  watch(variantId: string, listener: (result: Result<DraftRecord | null>) => void): () => void;
}

/** Build the draft repository over a repository context. */
export function createDraftRepository(ctx: RepositoryContext): DraftRepository {
  const { db } = ctx;

  return {
    save: (variantId, xml, options) =>
      guardStorage(async () => {
        const savedAt = ctx.now();
        return db.transaction('rw', db.variants, db.revisions, db.drafts, async () => {
          // 1. Another tab's draft since we last read it?
          const variant = (await db.variants.get(variantId)) ?? fail(notFound('variant', variantId));
          const current = await db.drafts.get(variantId);
          const storedCounter = current?.counter ?? 0;
          if (storedCounter !== options.expectedCounter) {
            fail(
              conflict('draft-changed', current?.writerId ?? '', current?.savedAt ?? variant.updatedAt, {
                counter: storedCounter
              })
            );
          }
          // 2. A version saved or restored elsewhere since our base?
          if (variant.headRevisionId !== options.baseRevisionId) {
            const head = await db.revisions.get(variant.headRevisionId);
            fail(
              conflict('revision-added', head?.author ?? '', head?.createdAt ?? variant.updatedAt, {
                revisionId: variant.headRevisionId
              })
            );
          }
          // 3. Write the draft and touch the variant's "last change".
          const draft: DraftRecord = {
            variantId,
            xml,
            savedAt,
            counter: storedCounter + 1,
            writerId: options.writerId,
            baseRevisionId: options.baseRevisionId
          };
          await db.drafts.put(draft);
          await db.variants.update(variantId, {
            updatedAt: savedAt,
            ...(options.elementCount !== undefined ? { elementCount: options.elementCount } : {})
          });
          return ok(draft);
        });
      }),

    load: (variantId) => guardStorage(async () => ok((await db.drafts.get(variantId)) ?? null)),

    openWorkingCopy: (variantId) =>
      guardStorage(async () =>
        db.transaction('r', db.variants, db.drafts, db.bodies, async () => {
          const stored = (await db.variants.get(variantId)) ?? fail(notFound('variant', variantId));
          const variant = toVariantRecord(stored);
          const draft = await db.drafts.get(variantId);
          if (draft && draft.baseRevisionId === variant.headRevisionId) {
            return ok<WorkingCopy>({
              variant,
              xml: draft.xml,
              source: 'draft',
              counter: draft.counter,
              baseRevisionId: variant.headRevisionId
            });
          }
          const body = (await db.bodies.get(variant.headRevisionId)) ?? fail(notFound('revision', variant.headRevisionId));
          return ok<WorkingCopy>({
            variant,
            xml: body.xml,
            source: 'revision',
            counter: draft?.counter ?? 0,
            baseRevisionId: variant.headRevisionId,
            ...(draft ? { staleDraft: draft } : {})
          });
        })
      ),

    discard: (variantId) =>
      guardStorage(async () => {
        await db.drafts.delete(variantId);
        return ok(undefined);
      }),

    watch: (variantId, listener) => {
      const subscription = liveQuery(() => db.drafts.get(variantId)).subscribe({
        next: (draft) => listener(ok(draft ?? null)),
        error: (e: unknown) => listener(err(toStorageError(e)))
      });
      return () => subscription.unsubscribe();
    }
  };
}
