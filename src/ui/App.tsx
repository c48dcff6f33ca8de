import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppState, useAppStore } from '../state/hooks';
import { Toasts } from './components/Toasts';
import { EditorPage } from './features/editor/EditorPage';
import { formatBytes } from './features/library/formatDate';
import { ImportDialog } from './features/library/ImportDialog';
import { LibraryPage } from './features/library/LibraryPage';
import { TrashPage } from './features/library/TrashPage';
import { routeHref, useRoute } from './router';
import type { ComponentType } from 'react';

/** Optional pages contributed by later features (e.g. the comparison), keyed by route page. */
export interface AppPages {
  compare?: ComponentType<{ processId: string }>;
}

/** The app shell: top bar, the current page, notifications, import dialog, drag-and-drop. */
export function App({ tabId, pages = {} }: { tabId: string; pages?: AppPages }) {
  const route = useRoute();
  const store = useAppStore();
  const toasts = useAppState((s) => s.toasts);
  const storage = useAppState(useShallow((s) => ({ persistence: s.persistence, usage: s.usageBytes, quota: s.quotaBytes })));
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (route.page === 'library') void store.getState().refreshLibrary();
  }, [route.page, store]);

  // drag and drop import anywhere except onto the editor canvas
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void store.getState().prepareImport(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store]);

  const persistenceText =
    storage.persistence === 'granted' ? 'dauerhaft gespeichert' : storage.persistence === 'denied' ? 'Speicher nicht dauerhaft (Browser darf bei Platzmangel löschen)' : 'Speicherstatus unbekannt';
  const Compare = pages.compare;

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={routeHref({ page: 'library' })}>GPM Workbench</a>
        <nav aria-label="Hauptnavigation" style={{ display: 'flex', gap: 12 }}>
          <a href={routeHref({ page: 'library' })} aria-current={route.page === 'library' ? 'page' : undefined}>Bibliothek</a>
          <a href={routeHref({ page: 'trash' })} aria-current={route.page === 'trash' ? 'page' : undefined}>Papierkorb</a>
        </nav>
        <span className="spacer" />
        <span className="storage-info" title={persistenceText} data-testid="storage-info">
          Lokal: {formatBytes(storage.usage)}{storage.quota ? ` von ${formatBytes(storage.quota)}` : ''} · {persistenceText}
        </span>
      </header>
      <main className="main">
        {route.page === 'library' && <LibraryPage />}
        {route.page === 'trash' && <TrashPage />}
        {route.page === 'editor' && <EditorPage key={route.variantId} variantId={route.variantId} tabId={tabId} />}
        {route.page === 'compare' && (Compare ? <Compare processId={route.processId} /> : <div className="page">Der Vergleich ist noch nicht verfügbar.</div>)}
      </main>
      <ImportDialog />
      {dragging && <div className="drop-overlay">BPMN-Dateien hier ablegen, um sie zu importieren</div>}
      <Toasts toasts={toasts} onClose={(id) => store.getState().dismiss(id)} />
    </div>
  );
}
