import { useCallback, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { COMPARE_EXPORTERS, compareFileName, type CompareExporter } from '../../../export/compareExports';
import type { DecisionIntent } from '../../../state/compareDecisionIntents';
import { resolveSoll } from '../../../state/compareSelection';
import { useAppState, useAppStore } from '../../../state/hooks';
import { routeHref } from '../../router';
import { downloadBlob } from '../editor/downloadBlob';
import './compare.css';
import { CompareTabs, type CompareTab } from './CompareTabs';
import { TEXTS } from './compareTexts';
import { DeviationsView } from './deviations/DeviationsView';
import { ExportMenu } from './ExportMenu';
import { DecisionLogView } from './log/DecisionLogView';
import { StepMatrixView } from './matrix/StepMatrixView';
import { PairView } from './pair/PairView';
import { RevisionDiffView } from './revisions/RevisionDiffView';
import { SimilarityView } from './similarity/SimilarityView';
import { SollProposalView } from './soll/SollProposalView';
import { VariantChooser } from './VariantChooser';

/**
 * The comparison of one process's variants ("the heart of the workbench"): choose the variants
 * and the SOLL, then the views — steps × variants matrix (with the consultants' decisions),
 * similarity heatmap, deviations from the SOLL, two variants side by side, two versions of one
 * variant, the SOLL proposal and the decision log — plus CSV/XLSX/SVG/PNG downloads. Matching
 * runs in a Web Worker; the page stays usable and shows progress.
 */
export function ComparePage({ processId }: { processId: string }) {
  const store = useAppStore();
  const c = useAppState(
    useShallow((s) => ({
      processName: s.compare.processName,
      variants: s.compare.variants,
      included: s.compare.included,
      sollChoice: s.compare.sollChoice,
      status: s.compare.status,
      progress: s.compare.progress,
      run: s.compare.run,
      xml: s.compare.xml,
      error: s.compare.error,
      warnings: s.compare.warnings,
      timings: s.compare.timings,
      loadedFor: s.compare.processId
    }))
  );
  const [tab, setTab] = useState<CompareTab>('matrix');

  useEffect(() => {
    void store.getState().openCompare(processId);
    return () => store.getState().closeCompare();
  }, [processId, store]);

  const onDecide = useCallback((intent: DecisionIntent) => void store.getState().decideSteps(intent), [store]);
  const onExport = useCallback(
    async (id: CompareExporter['id']) => {
      const { run, processName } = store.getState().compare;
      const exporter = COMPARE_EXPORTERS.find((e) => e.id === id);
      if (!run || !exporter) return;
      try {
        downloadBlob(await exporter.export({ processName, result: run.result }), compareFileName(processName, exporter));
      } catch (e) {
        store.getState().notify('error', TEXTS.export.failed(e instanceof Error ? e.message : String(e)));
      }
    },
    [store]
  );
  const onCreateSoll = useCallback(
    async (minSupport: number) => {
      const id = await store.getState().createSollVariant(minSupport);
      if (id) window.location.hash = routeHref({ page: 'editor', variantId: id });
    },
    [store]
  );

  const run = c.run;
  const sollId = resolveSoll(c.variants, c.included, c.sollChoice);
  const busy = c.status === 'loading' || c.status === 'running';
  const notes = run ? run.result.notes : [];
  const progressText = c.progress ? (c.progress.phase === 'parse' ? TEXTS.progressParse(c.progress.done + 1, c.progress.total) : TEXTS.progressMatch(c.progress.total)) : busy ? TEXTS.loading : '';
  const chosenVariants = c.variants.filter((v) => c.included.includes(v.id)).map((v) => ({ id: v.id, name: v.organisationseinheit ? `${v.organisationseinheit} (${v.modellart})` : v.name }));

  return (
    <div className="compare-page" data-testid="compare-page" data-status={c.status} data-total-ms={c.timings?.totalMs ?? ''}>
      <header className="compare-header">
        <a href={routeHref({ page: 'library' })}>{TEXTS.back}</a>
        <h1>{TEXTS.title(c.processName || '…')}</h1>
        <span className="compare-status" role="status" aria-live="polite">
          {busy && <span className="spinner" aria-hidden="true" />}
          {busy ? (run ? `${TEXTS.running} ${progressText}` : progressText) : c.timings ? TEXTS.computedIn(c.timings.totalMs) : ''}
        </span>
        <span className="spacer" />
        <button type="button" className="btn" title={TEXTS.refreshHint} disabled={busy || c.loadedFor !== processId} onClick={() => void store.getState().refreshCompare()}>
          {TEXTS.refresh}
        </button>
        <ExportMenu hasSoll={!!run?.result.sollId} disabled={!run} onExport={(id) => void onExport(id)} />
      </header>
      <VariantChooser
        variants={c.variants}
        included={c.included}
        sollChoice={c.sollChoice}
        sollId={sollId}
        disabled={c.status === 'loading'}
        onInclude={(id, on) => void store.getState().setCompareIncluded(id, on)}
        onSoll={(choice) => void store.getState().setCompareSoll(choice)}
      />
      {c.error && (
        <p className="banner error" role="alert">
          {c.error}
        </p>
      )}
      {c.warnings.map((w) => (
        <p key={w} className="banner warning" role="alert">
          {w}
        </p>
      ))}
      {notes.length > 0 && (
        <details className="compare-notes" data-testid="compare-notes">
          <summary>{TEXTS.notesTitle(notes.length)}</summary>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      )}
      {run && (
        <>
          <CompareTabs current={tab} onChange={setTab} />
          <div className="compare-panel" id="compare-panel" role="tabpanel" aria-labelledby={`compare-tab-${tab}`}>
            <div hidden={tab !== 'matrix'} className="panel-fill">
              <StepMatrixView run={run} busy={busy} onDecide={onDecide} />
            </div>
            {tab === 'similarity' && <SimilarityView similarity={run.result.similarity} onExport={(id) => void onExport(id)} />}
            {tab === 'deviations' && <DeviationsView run={run} xml={c.xml} />}
            {tab === 'pair' && <PairView run={run} xml={c.xml} />}
            {tab === 'revisions' && <RevisionDiffView variants={chosenVariants} />}
            {tab === 'soll' && <SollProposalView run={run} processName={c.processName} onCreate={onCreateSoll} />}
            {tab === 'log' && <DecisionLogView />}
          </div>
        </>
      )}
      {!run && c.status === 'loading' && <p className="empty">{progressText || TEXTS.loading}</p>}
    </div>
  );
}
