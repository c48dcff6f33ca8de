/**
 * Main-thread cost of ONE autosave as the app does it (`useAutosave`): our sliced serialisation
 * of the open model, then `drafts.save` into real IndexedDB with the element count — and, for
 * comparison, one plain blocking `modeler.saveXML()`.
 *
 * Own measurement: the yield function is wrapped so the synchronous duration of every slice is
 * known (a slice runs from one resume to the next yield). The IndexedDB part runs in tasks
 * Dexie schedules; those are covered by the `longtask` observer (≥ 50 ms only) and by the
 * Chromium trace the runner records around the user-timing marks set here.
 */
import { createModeler, type BpmnModeler } from '../../../src/bpmn/modeler/createModeler';
import type { Moddle, ModdleElement } from '../../../src/bpmn/moddle';
import { serializeSliced } from '../../../src/bpmn/serializeSliced';
import { openLibrary } from '../../../src/persistence/openLibrary';
import type { LibraryServices } from '../../../src/persistence/createRepositories';
import { countElements } from '../../../src/ui/features/editor/useAutosave';
import { longTasksBetween, type LongTask } from './longTasks';
import { fitDiagram, type FitCanvas } from '../../../src/ui/features/editor/fitDiagram';
import { modelXml } from './models';
import { createStage, nextPaint, settle, type Stage } from './stage';

/** One measured save, in milliseconds. */
export interface SaveSample {
  /** Mark names the runner finds in the trace: `${mark}:start` / `${mark}:end`. */
  mark: string;
  /** Synchronous duration of each slice (sliced) or of the one blocking call (plain). */
  slicesMs: number[];
  /** Wall time of the serialisation (sliced: first slice to the XML string). */
  serializeWallMs: number;
  /** Wall time of `drafts.save` (0 for plain saveXML). */
  storeWallMs: number;
  /** Synchronous part of the `drafts.save(…)` call itself (up to the returned promise). */
  storeCallMs: number;
  totalWallMs: number;
  xmlChars: number;
  longTasks: LongTask[];
}

interface Session {
  n: number;
  stage: Stage;
  modeler: BpmnModeler;
  library: LibraryServices;
  dbName: string;
  variantId: string;
  baseRevisionId: string;
  counter: number;
  writerId: string;
}

let session: Session | undefined;
let seq = 0;

/** Same macrotask yield as `serializeSliced`'s default (MessageChannel). */
const yieldMacrotask = (): Promise<void> =>
  new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });

/** Open our editor on the `n`-node model and a fresh library holding it as a variant. */
export async function openAutosaveSession(n: number): Promise<{ elementCount: number }> {
  await closeAutosaveSession();
  const xml = await modelXml(n);
  const stage = createStage();
  const modeler = createModeler({ container: stage.canvas, propertiesParent: stage.propertiesHost });
  await modeler.importXML(xml);
  fitDiagram(modeler.get('canvas') as FitCanvas);
  const dbName = `gpm-bench-autosave-${n}-${Date.now()}`;
  const opened = await openLibrary({ name: dbName });
  if (!opened.ok) throw new Error(`openLibrary: ${opened.error.code}`);
  const library = opened.value;
  const elementCount = countElements({ modeler, changeCount: () => 0 });
  const seeded = await library.variants.bulkSeed([
    {
      process: { processName: 'Wohngeld' },
      meta: { organisationseinheit: 'Bezirksamt Mitte', modellart: 'IST', name: `Generiert ${n}`, elementCount },
      xml,
      author: 'bench'
    }
  ]);
  if (!seeded.ok) throw new Error(`bulkSeed: ${seeded.error.code}`);
  const variantId = seeded.value[0].variantId;
  const working = await library.drafts.openWorkingCopy(variantId);
  if (!working.ok) throw new Error(`openWorkingCopy: ${working.error.code}`);
  session = {
    n, stage, modeler, library, dbName, variantId,
    baseRevisionId: working.value.baseRevisionId,
    counter: working.value.counter,
    writerId: crypto.randomUUID()
  };
  await settle();
  return { elementCount };
}

/** Destroy the editor and delete the session's database. */
export async function closeAutosaveSession(): Promise<void> {
  if (!session) return;
  const s = session;
  session = undefined;
  s.modeler.destroy();
  s.stage.remove();
  s.library.close();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(s.dbName);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

function current(): Session {
  if (!session) throw new Error('openAutosaveSession first');
  return session;
}

/** Start in a fresh task, so the first slice is not glued to the caller's work. */
const freshTask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * One autosave exactly as `useAutosave` runs it: sliced serialisation, then `drafts.save`.
 * With `profileSlices`, every slice runs under `console.profile("slice-<i>")` (diagnostics:
 * the runner collects the profiles over CDP; timings of such a run are not reported).
 */
export async function autosaveOnce(options: { profileSlices?: boolean } = {}): Promise<SaveSample> {
  const s = current();
  const mark = `gpm-bench-autosave-${++seq}`;
  await settle();
  await freshTask();
  const slicesMs: number[] = [];
  const profile = options.profileSlices ? (i: number) => console.profile(`${mark}-slice-${i}`) : undefined;
  const profileEnd = options.profileSlices ? (i: number) => console.profileEnd(`${mark}-slice-${i}`) : undefined;
  profile?.(0);
  performance.mark(`${mark}:start`);
  const t0 = performance.now();
  let sliceStart = t0;
  const yieldFn = async () => {
    slicesMs.push(performance.now() - sliceStart);
    profileEnd?.(slicesMs.length - 1);
    await yieldMacrotask();
    profile?.(slicesMs.length);
    sliceStart = performance.now();
  };
  const moddle = s.modeler.get('moddle') as unknown as Moddle;
  const definitions = (s.modeler as unknown as { getDefinitions(): ModdleElement }).getDefinitions();
  const xml = await serializeSliced(moddle, definitions, { yieldFn });
  const t1 = performance.now();
  if (xml === undefined) throw new Error('serializeSliced reported a stale model');
  // 1. the last slice runs on into the save call (same task): count it up to the returned promise
  const pending = s.library.drafts.save(s.variantId, xml, {
    expectedCounter: s.counter,
    writerId: s.writerId,
    baseRevisionId: s.baseRevisionId,
    elementCount: countElements({ modeler: s.modeler, changeCount: () => 0 })
  });
  const t2 = performance.now();
  slicesMs.push(t2 - sliceStart);
  profileEnd?.(slicesMs.length - 1);
  const saved = await pending;
  const t3 = performance.now();
  performance.mark(`${mark}:end`);
  if (!saved.ok) throw new Error(`drafts.save: ${saved.error.code}`);
  s.counter = saved.value.counter;
  await nextPaint();
  return {
    mark, slicesMs,
    serializeWallMs: t1 - t0, storeWallMs: t3 - t1, storeCallMs: t2 - t1, totalWallMs: t3 - t0,
    xmlChars: xml.length, longTasks: longTasksBetween(t0, t3)
  };
}

/** One plain `modeler.saveXML()` (what an unsliced autosave would block for). */
export async function plainSaveXmlOnce(): Promise<SaveSample> {
  const s = current();
  const mark = `gpm-bench-savexml-${++seq}`;
  await settle();
  await freshTask();
  performance.mark(`${mark}:start`);
  const t0 = performance.now();
  const { xml } = await s.modeler.saveXML({ format: false });
  const t1 = performance.now();
  performance.mark(`${mark}:end`);
  await nextPaint();
  return {
    mark, slicesMs: [t1 - t0], serializeWallMs: t1 - t0, storeWallMs: 0, storeCallMs: 0, totalWallMs: t1 - t0,
    xmlChars: xml?.length ?? 0, longTasks: longTasksBetween(t0, t1)
  };
}
