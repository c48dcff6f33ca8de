import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RevisionChange } from '../../../../domain/compare/views/diffRevisions';
import type { RevisionRecord } from '../../../../domain/model/library';
import { WORKING_COPY_ID } from '../../../../state/compareSlice';
import { useAppState, useAppStore } from '../../../../state/hooks';
import { formatDateTime } from '../../library/formatDate';
import { TEXTS } from '../compareTexts';
import { DiagramViewer } from '../viewer/DiagramViewer';
import { DiffLegend } from '../viewer/DiffLegend';
import { xmlKey } from '../viewer/xmlKey';
import { defaultRevisionPair, groupChanges, revisionMarkers } from './revisionDiffModel';

/**
 * Two versions of one variant: pick the variant and two of its revisions (or the autosaved
 * working state); the page lists what was added, removed, changed and only moved, and marks it
 * on both diagrams.
 */
export function RevisionDiffView({ variants }: { variants: ReadonlyArray<{ id: string; name: string }> }) {
  const t = TEXTS.revisions;
  const store = useAppStore();
  const diffState = useAppState(useShallow((s) => s.compare.revisionDiff));
  const [variantId, setVariantId] = useState(variants[0]?.id ?? '');
  const [revisions, setRevisions] = useState<RevisionRecord[]>([]);
  const [hasWorking, setHasWorking] = useState(false);
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState('');

  useEffect(() => {
    let cancelled = false;
    if (!variantId) return;
    void store
      .getState()
      .listCompareRevisions(variantId)
      .then(({ revisions: list, hasWorkingCopy }) => {
        if (cancelled) return;
        setRevisions(list);
        setHasWorking(hasWorkingCopy);
        const pair = defaultRevisionPair(
          list.map((r) => r.id),
          hasWorkingCopy ? WORKING_COPY_ID : undefined
        );
        setBeforeId(pair.before ?? '');
        setAfterId(pair.after ?? '');
      });
    return () => {
      cancelled = true;
    };
  }, [variantId, store]);

  const current = diffState && diffState.variantId === variantId && diffState.beforeId === beforeId && diffState.afterId === afterId ? diffState : undefined;
  const result = current?.status === 'done' ? current.result : undefined;
  const marks = useMemo(() => (result ? revisionMarkers(result.diff) : undefined), [result]);
  const groups = useMemo(() => (result ? groupChanges(result.diff) : undefined), [result]);
  const options = [
    ...(hasWorking ? [{ id: WORKING_COPY_ID, label: t.workingCopy }] : []),
    ...revisions.map((r) => ({ id: r.id, label: t.revisionOption(formatDateTime(r.createdAt), r.comment, r.author) }))
  ];
  const picker = (label: string, value: string, onChange: (v: string) => void) => (
    <label className="field inline">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const change = (c: RevisionChange) => (
    <li key={`${c.kind}:${c.id}`}>
      <span className="muted">{t.elementKinds[c.elementKind]}</span> „{c.name || c.id}“{c.changes.length ? `: ${c.changes.join('; ')}` : ''}
    </li>
  );

  return (
    <div className="revisions-view">
      <div className="toolbar-row">
        <label className="field inline">
          {t.variant}
          <select value={variantId} onChange={(e) => setVariantId(e.target.value)}>
            {variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        {options.length >= 2 && (
          <>
            {picker(t.before, beforeId, setBeforeId)}
            {picker(t.after, afterId, setAfterId)}
            <button type="button" className="btn primary" disabled={!beforeId || !afterId || beforeId === afterId} onClick={() => void store.getState().diffCompareRevisions(variantId, beforeId, afterId)}>
              {t.compare}
            </button>
          </>
        )}
      </div>
      {options.length < 2 && <p className="banner info">{t.onlyOne}</p>}
      {current?.status === 'running' && <p role="status">{t.running}</p>}
      {current?.status === 'error' && <p className="banner error" role="alert">{current.error}</p>}
      {result && groups && marks && current?.beforeXml && current.afterXml && (
        <div className="revisions-result">
          <p data-testid="revision-counts">
            <strong>{t.counts(result.diff.counts.added, result.diff.counts.removed, result.diff.counts.changed, result.diff.counts.moved)}</strong>
            {result.diff.changes.length === 0 && ` – ${t.none}`}
          </p>
          <DiffLegend kinds={['added', 'removed', 'changed', 'moved']} />
          <div className="pair-diagrams">
            <DiagramViewer xml={current.beforeXml} modelKey={xmlKey(`${variantId}:${beforeId}`, current.beforeXml)} markers={marks.before} label={t.beforeDiagram} testId="revision-before" />
            <DiagramViewer xml={current.afterXml} modelKey={xmlKey(`${variantId}:${afterId}`, current.afterXml)} markers={marks.after} label={t.afterDiagram} testId="revision-after" />
          </div>
          <div className="change-lists">
            {(['added', 'removed', 'changed', 'moved'] as const).map((k) => (
              <section key={k}>
                <h3>
                  {t.kinds[k]} ({groups[k].length})
                </h3>
                <ul>{groups[k].map(change)}</ul>
              </section>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
