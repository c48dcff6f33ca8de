import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatError } from '../../../shared/errors';
import { useAppState, useAppStore } from '../../../state/hooks';
import { ModellartBadge, StatusBadge } from '../../components/Badges';
import { routeHref } from '../../router';
import { FindingsPanel } from '../findings/FindingsPanel';
import { conventionModules, type ConventionModules } from '../findings/modelerServices';
import { FINDINGS_TEXTS } from '../findings/texts';
import { useLintCanvas } from '../findings/useLintCanvas';
import { useLiveLint } from '../findings/useLiveLint';
import { OpenVariantReportDialog } from '../report/OpenVariantReportDialog';
import { EditorToolbar, type ToolbarActions } from './EditorToolbar';
import { exportModel } from './exportModel';
import { fitDiagram, type FitCanvas } from './fitDiagram';
import { KeyboardHelp } from './KeyboardHelp';
import { ModelerCanvas, type ModelerHandle } from './ModelerCanvas';
import { RevisionsPanel } from './RevisionsPanel';
import { SaveVersionDialog } from './SaveVersionDialog';
import { useAutosave } from './useAutosave';
import { useTabPresence } from './useTabPresence';

type SideTab = 'properties' | 'findings' | 'versions';

/** The editor screen: toolbar, bpmn-js canvas, properties and version history; autosave and conflict handling. */
export function EditorPage({ variantId, tabId }: { variantId: string; tabId: string }) {
  const store = useAppStore();
  const { session, loading, saveState, lastSavedAt, saveError, revisions } = useAppState(
    useShallow((s) => ({ session: s.session, loading: s.sessionLoading, saveState: s.saveState, lastSavedAt: s.lastSavedAt, saveError: s.saveError, revisions: s.revisions }))
  );
  const [propertiesHost, setPropertiesHost] = useState<HTMLDivElement | null>(null);
  const [sideTab, setSideTab] = useState<SideTab>('properties');
  const [dialog, setDialog] = useState<'version' | 'help' | 'report' | null>(null);
  const [importError, setImportError] = useState<string>();
  const handleRef = useRef<ModelerHandle | null>(null);
  const openElsewhere = useTabPresence(variantId, tabId);
  const { live, lintProfile, restrictPalette } = useAppState(useShallow((s) => ({ live: s.liveLint, lintProfile: s.lintProfile, restrictPalette: s.restrictPalette })));
  const [modules, setModules] = useState<ConventionModules | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [focusSeq, setFocusSeq] = useState(0);
  // big models are linted on the autosave's XML: the live lint asks the autosave to run early
  const flushAutosaveRef = useRef<() => void>(undefined);
  const liveLint = useLiveLint(handleRef, variantId, () => flushAutosaveRef.current?.());
  const findings = live && live.variantId === variantId ? live.result.findings : undefined;
  const openFindings = live && live.variantId === variantId ? live.result.stats.open.error + live.result.stats.open.warning + live.result.stats.open.info : undefined;
  const onBadgeClick = useCallback(() => {
    setSideTab('findings');
    setFocusSeq((n) => n + 1);
  }, []);
  useLintCanvas(modules, findings, { restrict: restrictPalette, profile: lintProfile }, onBadgeClick);
  const sessionVariantId = session?.variant.id;

  useEffect(() => {
    void store.getState().openVariant(variantId);
    return () => store.getState().closeVariant();
  }, [variantId, store]);

  // the profile follows the variant (IST → basis, SOLL → soll) each time a variant opens
  useEffect(() => {
    const variant = store.getState().session?.variant;
    if (variant && variant.id === variantId) store.getState().lintSessionStarted(variant);
  }, [sessionVariantId, variantId, store]);

  const autosave = useAutosave(handleRef, (xml, count, steckbrief) => {
    liveLint.onSerialized(xml);
    return store.getState().autosave(xml, count, steckbrief);
  });

  flushAutosaveRef.current = () => void autosave.flush();

  const onChanged = useCallback(() => {
    store.getState().markPending();
    autosave.schedule();
    liveLint.onChanged();
  }, [store, autosave, liveLint]);

  const currentXml = async () => (await handleRef.current!.modeler.saveXML({ format: true })).xml ?? '';

  const actions: ToolbarActions = {
    trigger: (action, opts) => {
      const editorActions = handleRef.current?.modeler.get('editorActions') as { trigger(a: string, o?: unknown): void; isRegistered(a: string): boolean } | undefined;
      if (editorActions?.isRegistered(action)) editorActions.trigger(action, opts);
    },
    toggleMinimap: () => (handleRef.current?.modeler.get('minimap') as { toggle(): void } | undefined)?.toggle(),
    fit: () => {
      const canvas = handleRef.current?.modeler.get('canvas') as FitCanvas | undefined;
      if (canvas) fitDiagram(canvas);
    },
    saveVersion: () => setDialog('version'),
    exportAs: (id) => {
      if (!handleRef.current || !session) return;
      exportModel(handleRef.current, id, session.variant.name).catch((e: Error) => store.getState().notify('error', `Export fehlgeschlagen: ${e.message}`));
    },
    showHelp: () => setDialog('help'),
    showReport: () => setDialog('report')
  };

  // editor-level shortcuts (bpmn-js handles the rest)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 's') {
        e.preventDefault();
        setDialog('version');
      } else if (mod && e.key.toLowerCase() === 'm') {
        e.preventDefault();
        actions.toggleMinimap();
      } else if (mod && !e.shiftKey && e.key.toLowerCase() === 'f' && !e.defaultPrevented && !typing) {
        // bpmn-js handles Strg+F itself only while the canvas has the focus; elsewhere on the page too
        e.preventDefault();
        actions.trigger('find');
      } else if (mod && e.shiftKey && (e.key === '0' || e.code === 'Digit0')) {
        e.preventDefault();
        actions.fit();
      } else if (!typing && !mod && (e.key === '?' || e.key === 'F1')) {
        e.preventDefault();
        setDialog('help');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // warn before leaving with unsaved changes
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const state = store.getState().saveState;
      if (autosave.isPending() || state === 'error' || state === 'conflict') {
        void autosave.flush();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store, autosave]);

  if (!session || session.variant.id !== variantId) {
    return <div className="page">{loading ? 'Modell wird geladen …' : <>Variante nicht gefunden. <a href={routeHref({ page: 'library' })}>Zur Bibliothek</a></>}</div>;
  }
  const v = session.variant;

  return (
    <div className="editor" data-testid="editor">
      <div className="banner info" style={{ background: '#fff', borderBottom: '1px solid var(--c-border)' }}>
        <a href={routeHref({ page: 'library' })}>← Bibliothek</a>
        <strong>{v.name}</strong>
        <ModellartBadge modellart={v.modellart} />
        <StatusBadge status={v.status} />
      </div>
      {openElsewhere && saveState !== 'conflict' && (
        <div className="banner warning" role="status">Diese Variante ist auch in einem anderen Tab geöffnet. Bearbeiten Sie sie nur an einer Stelle – sonst wird Ihr Stand hier nicht gespeichert.</div>
      )}
      {saveState === 'conflict' && (
        <div className="banner error" role="alert" data-testid="conflict-banner">
          <span>{saveError ? formatError(saveError) : 'Diese Variante wurde anderswo geändert.'}</span>
          <button className="btn small" onClick={() => { autosave.reset(); void store.getState().reloadFromStorage(); }}>Neu laden (anderen Stand übernehmen)</button>
          <button
            className="btn small"
            onClick={async () => {
              const id = await store.getState().keepAsCopy(await currentXml());
              if (id) window.location.hash = routeHref({ page: 'editor', variantId: id });
            }}
          >
            Meinen Stand als Kopie behalten
          </button>
        </div>
      )}
      {saveState === 'error' && saveError && (
        <div className="banner error" role="alert">
          <span>{formatError(saveError)}</span>
          <button className="btn small" onClick={() => actions.exportAs('bpmn')}>Als .bpmn-Datei exportieren</button>
          <button className="btn small" onClick={() => void autosave.flush()}>Erneut speichern</button>
        </div>
      )}
      {importError && <div className="banner error" role="alert">{importError}</div>}
      <EditorToolbar actions={actions} saveState={saveState} lastSavedAt={lastSavedAt} />
      <div className="editor-body">
        <div className="canvas-column">
          <ModelerCanvas
            xml={session.xml}
            modelKey={session.modelKey}
            propertiesParent={propertiesHost}
            onReady={(handle) => {
              handleRef.current = handle;
              autosave.reset();
              setImportError(undefined);
              setModules(conventionModules(handle));
              liveLint.onReady(handle, store.getState().session?.xml ?? '');
            }}
            onChanged={onChanged}
            onSelectionChanged={setSelectedIds}
            onImportError={(m) => setImportError(`Das Modell konnte nicht angezeigt werden: ${m}`)}
          />
        </div>
        <aside className="side-panel" aria-label="Seitenleiste">
          <div className="tabs" role="tablist">
            <button role="tab" aria-selected={sideTab === 'properties'} onClick={() => setSideTab('properties')}>Eigenschaften</button>
            <button role="tab" aria-selected={sideTab === 'findings'} onClick={() => setSideTab('findings')} title={FINDINGS_TEXTS.tabTitle} data-testid="findings-tab">
              {FINDINGS_TEXTS.tab(openFindings ?? 0)}
            </button>
            <button role="tab" aria-selected={sideTab === 'versions'} onClick={() => setSideTab('versions')}>Versionen ({revisions.length})</button>
          </div>
          <div className="tab-body">
            <div className="properties-host" ref={setPropertiesHost} hidden={sideTab !== 'properties'} />
            {sideTab === 'findings' && (
              <FindingsPanel
                variant={v}
                modules={modules}
                selectedIds={selectedIds}
                focusSeq={focusSeq}
                paletteLevel={restrictPalette ? modules?.restrictedPalette.describe(lintProfile)?.levelName ?? null : null}
              />
            )}
            {sideTab === 'versions' && (
              <RevisionsPanel
                revisions={revisions}
                headRevisionId={v.headRevisionId}
                onRestore={async (id) => {
                  await autosave.flush();
                  await store.getState().restoreRevision(id);
                }}
              />
            )}
          </div>
        </aside>
      </div>
      {dialog === 'version' && (
        <SaveVersionDialog
          onClose={() => setDialog(null)}
          onSave={async (comment) => {
            await autosave.flush();
            return store.getState().saveVersion(await currentXml(), comment);
          }}
        />
      )}
      {dialog === 'help' && <KeyboardHelp onClose={() => setDialog(null)} />}
      {dialog === 'report' && <OpenVariantReportDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
