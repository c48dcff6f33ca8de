import { useDeferredValue, useMemo, useState } from 'react';
import type { CompareRun } from '../../../../state/compareService';
import { sollProposalOf, votingCount } from '../../../../state/compareViews';
import { TEXTS } from '../compareTexts';

/**
 * The SOLL proposal: a slider "at least k of n variants", a preview of the steps in consensus
 * order with their lanes and supporting districts, and "Als SOLL-Variante anlegen", which builds
 * the model (laid out, lanes from majority roles, each task documenting its supporters), stores
 * it as a new SOLL variant (Entwurf) and opens it in the editor.
 */
export function SollProposalView({ run, processName, onCreate }: { run: CompareRun; processName: string; onCreate(minSupport: number): Promise<void> }) {
  const t = TEXTS.soll;
  const n = votingCount(run);
  const [k, setK] = useState(Math.floor(n / 2) + 1);
  const [creating, setCreating] = useState(false);
  const minSupport = Math.min(Math.max(1, k), n);
  const deferredK = useDeferredValue(minSupport);
  const proposal = useMemo(() => sollProposalOf(run, deferredK, processName), [run, deferredK, processName]);
  const laneOf = new Map(proposal.spec.lanes.map((l) => [l.id, l.name]));
  const nodeById = new Map(proposal.spec.nodes.map((node) => [node.id, node]));

  return (
    <div className="soll-view">
      <p className="muted">{t.intro}</p>
      <div className="toolbar-row">
        <label className="field inline soll-slider">
          <span id="soll-k-label">{t.slider(minSupport, n)}</span>
          <input type="range" min={1} max={n} step={1} value={minSupport} aria-labelledby="soll-k-label" aria-valuetext={t.slider(minSupport, n)} onChange={(e) => setK(Number(e.target.value))} />
        </label>
        <button
          type="button"
          className="btn primary"
          disabled={creating || proposal.support.length === 0}
          onClick={async () => {
            setCreating(true);
            try {
              await onCreate(minSupport);
            } finally {
              setCreating(false);
            }
          }}
        >
          {creating ? t.creating : t.create}
        </button>
      </div>
      <h3>{t.preview(proposal.support.length)}</h3>
      {proposal.support.length === 0 ? (
        <p className="banner info">{t.empty}</p>
      ) : (
        <div className="soll-table-wrap">
          <table className="variants soll-table" data-testid="soll-preview">
            <thead>
              <tr>
                <th>#</th>
                <th>{t.step}</th>
                <th>{t.lane}</th>
                <th>{t.support}</th>
              </tr>
            </thead>
            <tbody>
              {proposal.support.map((s, i) => (
                <tr key={s.nodeId}>
                  <td>{i + 1}</td>
                  <td>{s.name}</td>
                  <td>{laneOf.get(nodeById.get(s.nodeId)?.laneId ?? '') ?? ''}</td>
                  <td>
                    <span className="support">{s.variantIds.length}/{proposal.votingCount}</span> <span className="muted">{s.variantNames.join(', ')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
