/**
 * The editor and storage benchmark page (built by `bench/editor/run.mjs` with the Vite API).
 * It loads the same style sheets as the app and exposes `window.gpmBench`, which the Node
 * runner drives through Playwright's `page.evaluate`; it measures nothing by itself.
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/assets/properties-panel.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import '../../src/ui/styles/app.css';
import { autosaveOnce, closeAutosaveSession, openAutosaveSession, plainSaveXmlOnce } from './page/autosaveBench';
import { libraryBench } from './page/libraryBench';
import { longTasksSupported } from './page/longTasks';
import { fromXmlOnce } from './page/moddleBench';
import { modelXml } from './page/models';
import { openOnce } from './page/openBench';

/** What the runner can call. */
export const gpmBench = {
  /** Generate (and cache) the model; returns its size in characters. */
  prepareModel: async (n: number) => (await modelXml(n)).length,
  openOnce,
  openAutosaveSession,
  autosaveOnce,
  plainSaveXmlOnce,
  closeAutosaveSession,
  libraryBench,
  fromXmlOnce,
  environment: () => ({
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
    longTasksSupported,
    viewport: { width: window.innerWidth, height: window.innerHeight }
  })
};

declare global {
  interface Window {
    gpmBench: typeof gpmBench;
  }
}

window.gpmBench = gpmBench;
document.body.dataset.ready = 'true';
