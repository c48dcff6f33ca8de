/**
 * Test scaffolding for the storage layer: every test gets its own fake-indexeddb factory (an
 * isolated "browser profile"), a deterministic clock, and a dump of every table to compare the
 * library before and after a failed write.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDatabase, type DatabaseOptions, type GpmDatabase } from '../../../../src/persistence/db';
import { createRepositories, type LibraryServices } from '../../../../src/persistence/createRepositories';
import type { NewVariantMeta } from '../../../../src/persistence/variantRows';
import type { Result } from '../../../../src/shared/result';

/** One isolated IndexedDB "browser profile". */
export interface TestProfile {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** A fresh, empty IndexedDB factory. */
export function freshProfile(): TestProfile {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A clock that starts at 2025-01-01T08:00:00Z and advances one second per call. */
export function steppingClock(start = Date.UTC(2025, 0, 1, 8, 0, 0)): () => string {
  let t = start;
  return () => {
    const iso = new Date(t).toISOString();
    t += 1000;
    return iso;
  };
}

/** A database in a profile (one "tab"), with services on a deterministic clock. */
export interface TestLibrary {
  db: GpmDatabase;
  lib: LibraryServices;
  profile: TestProfile;
}

/** Open a library in the given profile (default: a fresh one). Two calls with one profile and name = two tabs. */
export function openTestLibrary(
  profile: TestProfile = freshProfile(),
  name = 'gpm-test',
  options: Pick<DatabaseOptions, 'upToVersion'> & { clock?: () => string } = {}
): TestLibrary {
  const db = createDatabase(name, { ...profile, ...(options.upToVersion ? { upToVersion: options.upToVersion } : {}) });
  const lib = createRepositories(db, { now: options.clock ?? steppingClock(), storageManager: {} });
  return { db, lib, profile };
}

/** The value of a result, failing the test with the error when there is none. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.value;
}

/** A small BPMN document (persistence never parses it; the content only has to round-trip). */
export function bpmnXml(name: string, tasks: readonly string[] = ['Antrag prüfen']): string {
  const flowNodes = tasks.map((t, i) => `    <bpmn:task id="Task_${i}" name="${t}" />`).join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Defs" targetNamespace="http://gpm.example">',
    `  <bpmn:process id="Process_1" name="${name}" isExecutable="false">`,
    '    <bpmn:startEvent id="Start" />',
    flowNodes,
    '    <bpmn:endEvent id="End" />',
    '  </bpmn:process>',
    '</bpmn:definitions>'
  ].join('\n');
}

/** Metadata of a variant for tests, with overrides. */
export function variantMeta(overrides: Partial<NewVariantMeta> = {}): NewVariantMeta {
  return {
    organisationseinheit: 'Bezirksamt Neukölln',
    modellart: 'IST',
    name: 'Wohngeld bearbeiten',
    elementCount: 3,
    ...overrides
  };
}

/** Every row of every table, by table name, sorted by primary key: the whole library as data. */
export async function dumpDatabase(db: GpmDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const keys = (await table.toCollection().primaryKeys()) as string[];
    const rows = await table.bulkGet(keys);
    dump[table.name] = rows;
  }
  return dump;
}

/** A process with one IST variant, the usual starting point. */
export async function seedProcessWithVariant(
  lib: LibraryServices,
  processName = 'Wohngeld',
  meta: Partial<NewVariantMeta> = {},
  xml = bpmnXml(processName)
) {
  const process = unwrap(await lib.processes.create({ name: processName }));
  const created = unwrap(await lib.variants.create(process.id, variantMeta(meta), xml, 'create', 'Neu angelegt', 'Erika Muster'));
  return { process, ...created, xml };
}
