import { createRoot } from 'react-dom/client';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/assets/properties-panel.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import '../ui/styles/app.css';
import { openLibrary } from '../persistence/openLibrary';
import { formatError } from '../shared/errors';
import { newId } from '../shared/ids';
import { createAppStore } from '../state/createAppStore';
import { StoreContext } from '../state/hooks';
import { App } from '../ui/App';
import { ComparePage } from '../ui/features/compare/ComparePage';
import { createServices } from './createServices';

/** Composition root: open the library, build services and store, render, load samples on first start. */
async function start() {
  const root = createRoot(document.getElementById('root')!);
  const tabId = newId();
  const library = await openLibrary({ onVersionChange: () => window.location.reload() });
  if (!library.ok) {
    root.render(
      <div className="page" role="alert">
        <h1>Die GPM Workbench kann nicht starten</h1>
        <p>{formatError(library.error)}</p>
        <p>Die Workbench speichert Modelle lokal im Browser (IndexedDB). Im privaten Modus mancher Browser ist das nicht möglich.</p>
      </div>
    );
    return;
  }
  const store = createAppStore(createServices(library.value, tabId));
  (window as unknown as { __gpmStore?: unknown }).__gpmStore = store;
  root.render(
    <StoreContext.Provider value={store}>
      <App tabId={tabId} pages={{ compare: ComparePage }} />
    </StoreContext.Provider>
  );
  await store.getState().loadSamples({ onlyIfEmpty: true });
  await store.getState().refreshLibrary();
  await store.getState().refreshStorage(true);
}

void start();
