import { useMemo, useState } from 'react';
import type { SideElement } from '../../../../domain/compare/views/sideBySide';
import type { CompareRun } from '../../../../state/compareService';
import { sideBySideOf } from '../../../../state/compareViews';
import { DIFF_MARKERS } from '../../../../bpmn/modules/diff-markers/diffMarkerKinds';
import { TEXTS } from '../compareTexts';
import { DiagramViewer } from '../viewer/DiagramViewer';
import { DiffLegend } from '../viewer/DiffLegend';
import { xmlKey } from '../viewer/xmlKey';
import { defaultPair, sideMarkers, syncSelection, type PairSelection } from './sideBySideModel';

const STATUS_KIND = { matched: 'matched', differs: 'differs', onlyLeft: 'onlyLeft', onlyRight: 'onlyRight' } as const;

/**
 * Two variants side by side: two read-only viewers with coloured markers (matched, differs, only
 * left, only right) and synchronised selection — clicking an activity on one side selects and
 * scrolls to its match on the other; the lists below do the same by keyboard.
 */
export function PairView({ run, xml }: { run: CompareRun; xml: Record<string, string> }) {
  const t = TEXTS.pair;
  const columns = run.result.matrix.columns;
  const ids = columns.map((c) => c.variantId);
  const initial = defaultPair(ids, run.result.sollId);
  const [leftId, setLeftId] = useState(initial.left ?? '');
  const [rightId, setRightId] = useState(initial.right ?? '');
  const [selection, setSelection] = useState<PairSelection | null>(null);
  const left = ids.includes(leftId) ? leftId : initial.left ?? '';
  const right = ids.includes(rightId) ? rightId : initial.right ?? '';
  const pair = useMemo(() => sideBySideOf(run, left, right), [run, left, right]);
  const leftMarkers = useMemo(() => sideMarkers(pair?.left ?? []), [pair]);
  const rightMarkers = useMemo(() => sideMarkers(pair?.right ?? []), [pair]);
  const selected = useMemo(() => syncSelection(selection, pair?.left ?? [], pair?.right ?? []), [selection, pair]);
  const nameOf = (id: string) => columns.find((c) => c.variantId === id)?.name ?? id;
  const info = describeSelection(selection, pair?.left ?? [], pair?.right ?? []);

  const chooser = (label: string, value: string, onChange: (id: string) => void) => (
    <label className="field inline">
      {label}
      <select
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setSelection(null);
        }}
      >
        {columns.map((c) => (
          <option key={c.variantId} value={c.variantId}>
            {c.name} ({c.modellart})
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="pair-view">
      <div className="toolbar-row">
        {chooser(t.left, left, setLeftId)}
        {chooser(t.right, right, setRightId)}
        {pair && <span className="muted" data-testid="pair-counts">{t.counts(pair.counts.matched, pair.counts.differs, pair.counts.onlyLeft, pair.counts.onlyRight)}</span>}
        <DiffLegend kinds={['matched', 'differs', 'onlyLeft', 'onlyRight']} />
      </div>
      {!pair ? (
        <p className="banner warning">{t.same}</p>
      ) : (
        <>
          <div className="pair-diagrams">
            {xml[left] && (
              <DiagramViewer
                xml={xml[left]}
                modelKey={xmlKey(left, xml[left])}
                markers={leftMarkers}
                selectedIds={selected.left}
                onSelect={(ids) => setSelection(ids.length ? { side: 'left', ids } : null)}
                label={t.diagramLabel(t.left, nameOf(left))}
                testId="pair-left"
              />
            )}
            {xml[right] && (
              <DiagramViewer
                xml={xml[right]}
                modelKey={xmlKey(right, xml[right])}
                markers={rightMarkers}
                selectedIds={selected.right}
                onSelect={(ids) => setSelection(ids.length ? { side: 'right', ids } : null)}
                label={t.diagramLabel(t.right, nameOf(right))}
                testId="pair-right"
              />
            )}
          </div>
          <p className="pair-info" aria-live="polite" data-testid="pair-selection">
            {info ?? t.syncHint}
          </p>
          <div className="pair-lists">
            <SideList title={t.listLabel('left', nameOf(left))} elements={pair.left} selectedIds={selected.left} onPick={(id) => setSelection({ side: 'left', ids: [id] })} />
            <SideList title={t.listLabel('right', nameOf(right))} elements={pair.right} selectedIds={selected.right} onPick={(id) => setSelection({ side: 'right', ids: [id] })} />
          </div>
        </>
      )}
    </div>
  );
}

function describeSelection(selection: PairSelection | null, left: readonly SideElement[], right: readonly SideElement[]): string | undefined {
  if (!selection) return undefined;
  const own = selection.side === 'left' ? left : right;
  const other = selection.side === 'left' ? right : left;
  const el = own.find((e) => selection.ids.includes(e.elementId));
  if (!el) return undefined;
  const partners = el.partnerIds.map((id) => `„${other.find((o) => o.elementId === id)?.label ?? id}“`).join(', ');
  const text = TEXTS.pair.selected(el.label, partners);
  return el.differences.length ? `${text} – ${el.differences.join('; ')}` : text;
}

function SideList(props: { title: string; elements: readonly SideElement[]; selectedIds: readonly string[]; onPick(id: string): void }) {
  return (
    <section className="side-list" aria-label={props.title}>
      <h3>{props.title}</h3>
      <ul>
        {props.elements.map((e) => (
          <li key={e.elementId} className={props.selectedIds.includes(e.elementId) ? 'selected' : undefined}>
            <button type="button" className="link-btn" onClick={() => props.onPick(e.elementId)} aria-pressed={props.selectedIds.includes(e.elementId)}>
              <span className={`gpm-diff-swatch ${DIFF_MARKERS[STATUS_KIND[e.status]].className}`} aria-hidden="true" /> {e.label}
            </button>{' '}
            <span className="muted">({DIFF_MARKERS[STATUS_KIND[e.status]].label}{e.differences.length ? `: ${e.differences.join('; ')}` : ''})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
