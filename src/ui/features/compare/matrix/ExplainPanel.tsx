import { useEffect, useState } from 'react';
import type { MatchExplanation } from '../../../../domain/compare/matching/explainMatch';
import type { StepMember } from '../../../../domain/compare/matching/matchTypes';
import { useAppStore } from '../../../../state/hooks';
import { TEXTS } from '../compareTexts';

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; explanations: Array<MatchExplanation | null> };

/**
 * „Warum?“: how similar one activity is to each other member of its step, and what made the
 * score — the label similarity, each context signal's points, the compared word stems, and how a
 * message event was read. Computed in the compare worker in the context of the shown comparison.
 */
export function ExplainPanel(props: { member: StepMember; others: StepMember[]; variantNames: ReadonlyMap<string, string> }) {
  const t = TEXTS.explain;
  const store = useAppStore();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const { member, others } = props;
  // the members are identified by their keys: a new array with the same members needs no reload
  const key = `${member.variantId}::${member.elementId}>${others.map((o) => `${o.variantId}::${o.elementId}`).join('|')}`;
  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    void store
      .getState()
      .explainMatch(member, others.map((o) => ({ variantId: o.variantId, elementId: o.elementId })))
      .then((answer) => {
        if (!live) return;
        setLoaded(answer.ok ? { status: 'done', explanations: answer.value } : { status: 'error', message: answer.message });
      });
    return () => {
      live = false;
    };
  }, [store, key]);

  if (others.length === 0) return <p className="muted">{t.alone}</p>;
  if (loaded.status === 'loading') return <p className="muted" role="status">{t.loading}</p>;
  if (loaded.status === 'error') return <p className="banner error" role="alert">{loaded.message}</p>;
  const first = loaded.explanations.find((e): e is MatchExplanation => !!e);
  return (
    <div className="explain" data-testid="explain-panel">
      {first && (
        <p className="muted">
          {t.intro(Math.round(first.threshold * 100))} {t.termsOf(member.label, first.termsA)}
          {first.eventA && ` ${t.eventReading(first.eventA)}`}
        </p>
      )}
      <table className="explain-table">
        <thead>
          <tr>
            <th scope="col">{t.other}</th>
            <th scope="col">{t.score}</th>
            <th scope="col">{t.reasons}</th>
          </tr>
        </thead>
        <tbody>
          {others.map((o, i) => {
            const e = loaded.explanations[i];
            return (
              <tr key={`${o.variantId}::${o.elementId}`}>
                <td>
                  <strong>{o.label || t.unlabelled}</strong>
                  <div className="muted">{props.variantNames.get(o.variantId) ?? o.variantId}</div>
                </td>
                <td className="num">{e ? `${Math.round(e.score * 100)} %` : '–'}</td>
                <td>{e ? <Reasons e={e} /> : t.unknown}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Reasons({ e }: { e: MatchExplanation }) {
  const t = TEXTS.explain;
  const parts: string[] = [];
  for (const s of e.signals) {
    if (s.kind === 'base') parts.push(t.label(Math.round((s.evidence ?? 0) * 100)));
    else if (Math.round(s.contribution * 100) !== 0) parts.push(t.context(s.title, Math.round(s.contribution * 100)));
  }
  return (
    <>
      <div>{parts.join(' · ')}</div>
      <div className="muted">
        {t.terms(e.termsB)}
        {e.eventB && ` ${t.eventReading(e.eventB)}`}
      </div>
    </>
  );
}
