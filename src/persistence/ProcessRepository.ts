/**
 * Processes (public services, e.g. "Wohngeld"): create, rename, list, trash and restore. A
 * process in the trash takes its variants with it; restoring it brings back exactly those.
 */
import type { ProcessRecord } from '../domain/model/library';
import { err, ok, type Result } from '../shared/result';
import { notFound, notInTrash, nameRequired } from './libraryErrors';
import type { RepositoryContext } from './repositoryContext';
import { foldForSearch } from './searchText';
import { fail, guardStorage } from './storageErrors';
import { cleanName, purgeVariantRows, refreshSearchText } from './variantRows';

/** What a new process needs. */
export interface NewProcess {
  name: string;
  prozessschluessel?: string;
  politikfeld?: string;
}

/** Editable attributes of a process besides its name. */
export interface ProcessMetaPatch {
  prozessschluessel?: string;
  politikfeld?: string;
}

/** The only way to read and write processes. */
export interface ProcessRepository {
  /** Create a process; `library/name-required` for an empty name. */
  create(input: NewProcess): Promise<Result<ProcessRecord>>;
  /** Rename a process (its variants' search text follows). */
  rename(processId: string, name: string): Promise<Result<ProcessRecord>>;
  /** Change Prozessschlüssel or Politikfeld. */
  updateMeta(processId: string, patch: ProcessMetaPatch): Promise<Result<ProcessRecord>>;
  /** Processes not in the trash, sorted by name (German collation). */
  list(): Promise<Result<ProcessRecord[]>>;
  /** One process, also when it is in the trash (see `deletedAt`). */
  get(processId: string): Promise<Result<ProcessRecord>>;
  /** The active process with this name (case and whitespace ignored), or null. */
  findByName(name: string): Promise<Result<ProcessRecord | null>>;
  /** Move a process and its variants to the trash (tombstones). */
  delete(processId: string): Promise<Result<ProcessRecord>>;
  /** Bring a process back with the variants that went to the trash with it. */
  restore(processId: string): Promise<Result<ProcessRecord>>;
  /** Processes in the trash, most recently deleted first. */
  listTrash(): Promise<Result<ProcessRecord[]>>;
  /** Really delete a process in the trash with all its variants, revisions, bodies, drafts and decisions. */
  purge(processId: string): Promise<Result<void>>;
}

/** Build the process repository over a repository context. */
export function createProcessRepository(ctx: RepositoryContext): ProcessRepository {
  const { db } = ctx;

  async function mustGet(processId: string): Promise<ProcessRecord> {
    const process = await db.processes.get(processId);
    return process ?? fail(notFound('process', processId));
  }

  return {
    create: (input) =>
      guardStorage(async () => {
        const name = cleanName(input.name);
        if (!name) return err(nameRequired());
        const at = ctx.now();
        const process: ProcessRecord = {
          id: ctx.newId(),
          name,
          ...(input.prozessschluessel ? { prozessschluessel: input.prozessschluessel.trim() } : {}),
          ...(input.politikfeld ? { politikfeld: input.politikfeld.trim() } : {}),
          createdAt: at,
          updatedAt: at
        };
        await db.processes.add(process);
        return ok(process);
      }),

    rename: (processId, newName) =>
      guardStorage(async () => {
        const name = cleanName(newName);
        if (!name) return err(nameRequired());
        const at = ctx.now();
        return db.transaction('rw', db.processes, db.variants, async () => {
          const process = await mustGet(processId);
          const renamed: ProcessRecord = { ...process, name, updatedAt: at };
          await db.processes.put(renamed);
          await refreshSearchText(db, processId, name);
          return ok(renamed);
        });
      }),

    updateMeta: (processId, patch) =>
      guardStorage(async () => {
        const at = ctx.now();
        return db.transaction('rw', db.processes, async () => {
          const process = await mustGet(processId);
          const updated: ProcessRecord = { ...process, ...patch, updatedAt: at };
          await db.processes.put(updated);
          return ok(updated);
        });
      }),

    list: () =>
      guardStorage(async () => {
        const all = await db.processes.toArray();
        return ok(all.filter((p) => !p.deletedAt).sort((a, b) => a.name.localeCompare(b.name, 'de')));
      }),

    get: (processId) => guardStorage(async () => ok(await mustGet(processId))),

    findByName: (name) =>
      guardStorage(async () => {
        const wanted = foldForSearch(name);
        const all = await db.processes.toArray();
        return ok(all.find((p) => !p.deletedAt && foldForSearch(p.name) === wanted) ?? null);
      }),

    delete: (processId) =>
      guardStorage(async () => {
        const at = ctx.now();
        return db.transaction('rw', db.processes, db.variants, async () => {
          const process = await mustGet(processId);
          if (process.deletedAt) return ok(process);
          const deleted: ProcessRecord = { ...process, deletedAt: at, updatedAt: at };
          await db.processes.put(deleted);
          // The variants share the process's deletion time: that is how restore knows which went with it.
          await db.variants
            .where('processId')
            .equals(processId)
            .filter((v) => !v.deletedAt)
            .modify({ deletedAt: at, updatedAt: at });
          return ok(deleted);
        });
      }),

    restore: (processId) =>
      guardStorage(async () => {
        const at = ctx.now();
        return db.transaction('rw', db.processes, db.variants, async () => {
          const process = await mustGet(processId);
          const deletedAt = process.deletedAt;
          if (!deletedAt) return ok(process);
          const { deletedAt: _gone, ...restored } = { ...process, updatedAt: at };
          await db.processes.put(restored);
          await db.variants
            .where('processId')
            .equals(processId)
            .filter((v) => v.deletedAt === deletedAt)
            .modify((v) => {
              delete v.deletedAt;
              v.updatedAt = at;
            });
          return ok(restored);
        });
      }),

    listTrash: () =>
      guardStorage(async () => ok(await db.processes.where('deletedAt').above('').reverse().toArray())),

    purge: (processId) =>
      guardStorage(async () =>
        db.transaction('rw', [db.processes, db.variants, db.revisions, db.bodies, db.drafts, db.compareDecisions], async () => {
          const process = await mustGet(processId);
          if (!process.deletedAt) fail(notInTrash('process', processId));
          const variantIds = await db.variants.where('processId').equals(processId).primaryKeys();
          await purgeVariantRows(db, variantIds);
          await db.compareDecisions.where('processId').equals(processId).delete();
          await db.processes.delete(processId);
          return ok(undefined);
        })
      )
  };
}
