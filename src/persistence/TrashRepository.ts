/**
 * The trash as one view: what is in it, and emptying it for good (e.g. when storage runs out —
 * the quota message tells the user to empty the trash).
 */
import type { ProcessRecord, VariantRecord } from '../domain/model/library';
import { ok, type Result } from '../shared/result';
import type { RepositoryContext } from './repositoryContext';
import { guardStorage } from './storageErrors';
import { purgeVariantRows, toVariantRecord } from './variantRows';

/** Everything in the trash. */
export interface TrashContents {
  processes: ProcessRecord[];
  /** Deleted variants, including those that went with a deleted process. */
  variants: VariantRecord[];
}

/** The only way to list and empty the trash as a whole. */
export interface TrashRepository {
  /** Deleted processes and variants, most recently deleted first. */
  list(): Promise<Result<TrashContents>>;
  /** Really delete everything in the trash; returns how many processes and variants went. */
  empty(): Promise<Result<{ processes: number; variants: number }>>;
}

/** Build the trash repository over a repository context. */
export function createTrashRepository(ctx: RepositoryContext): TrashRepository {
  const { db } = ctx;
  return {
    list: () =>
      guardStorage(async () =>
        db.transaction('r', db.processes, db.variants, async () => {
          const processes = await db.processes.where('deletedAt').above('').reverse().toArray();
          const variants = (await db.variants.where('deletedAt').above('').reverse().toArray()).map(toVariantRecord);
          return ok({ processes, variants });
        })
      ),

    empty: () =>
      guardStorage(async () =>
        db.transaction('rw', [db.processes, db.variants, db.revisions, db.bodies, db.drafts, db.compareDecisions], async () => {
          const processIds = await db.processes.where('deletedAt').above('').primaryKeys();
          const deletedVariantIds = await db.variants.where('deletedAt').above('').primaryKeys();
          const variantsOfProcesses = await db.variants.where('processId').anyOf(processIds).primaryKeys();
          const variantIds = [...new Set([...deletedVariantIds, ...variantsOfProcesses])];
          await purgeVariantRows(db, variantIds);
          await db.compareDecisions.where('processId').anyOf(processIds).delete();
          await db.processes.bulkDelete(processIds);
          return ok({ processes: processIds.length, variants: variantIds.length });
        })
      )
  };
}
