import { defaultLexicon, type Lexicon } from '../text/lexicon';
import { buildProfiles, type ActivityProfile } from './buildProfiles';
import type { MessageDirection } from './matchable';
import { DEFAULT_MATCH_PARAMS, type MatchParams } from './matchParams';
import type { ActivityRef, CompareVariant } from './matchTypes';
import { contextContributions, pairKey, scorePairs } from './scorePairs';
import type { MatchSignal } from './signals/matchSignal';
import { MATCH_SIGNALS } from './signals/signalRegistry';

/**
 * Why two activities are (or are not) one step: each signal's evidence, weight and contribution,
 * the combined score and the analysed terms of both labels — for the „Warum?“ view next to a
 * confidence. Recomputes the matching's scores (term weights depend on all labels); context that
 * was not allowed to raise the score (weak label similarity) shows a contribution of 0.
 */
export interface SignalExplanation {
  id: string;
  title: string;
  kind: MatchSignal['kind'];
  /** Evidence in [0, 1], undefined when the signal has nothing to say. */
  evidence?: number;
  weight: number;
  /** What the signal added to (or took from) the score. */
  contribution: number;
}

/** The explanation of one pair. */
export interface MatchExplanation {
  signals: SignalExplanation[];
  /** Combined score in [0, 1] (0 when the pair was not even a candidate). */
  score: number;
  /** Threshold a pair must reach to start or extend a step. */
  threshold: number;
  /** Analysed terms of both labels; `*` marks the action. */
  termsA: string[];
  termsB: string[];
  /** Set when that side is a message event, read as receiving or sending plus its label. */
  eventA?: MessageDirection;
  eventB?: MessageDirection;
}

/** Options of an explanation (the matching's own defaults unless given). */
export interface ExplainOptions {
  params?: Partial<MatchParams>;
  signals?: readonly MatchSignal[];
  lexicon?: Lexicon;
}

/** Explain the score of two activities of different variants; undefined when one is unknown. */
export function explainMatch(variants: readonly CompareVariant[], a: ActivityRef, b: ActivityRef, options: ExplainOptions = {}): MatchExplanation | undefined {
  return explainMatches(variants, a, [b], options)[0];
}

/**
 * Explain the scores of one activity with several others (the members of its step, say) from one
 * scoring run; an entry is undefined when an activity is unknown.
 */
export function explainMatches(
  variants: readonly CompareVariant[],
  a: ActivityRef,
  others: readonly ActivityRef[],
  options: ExplainOptions = {}
): Array<MatchExplanation | undefined> {
  const params: MatchParams = { ...DEFAULT_MATCH_PARAMS, ...options.params };
  const lexicon = options.lexicon ?? defaultLexicon();
  const signals = options.signals ?? MATCH_SIGNALS;
  const set = buildProfiles(variants, lexicon, params);
  const find = (r: ActivityRef) => set.profiles.find((p) => p.variantId === r.variantId && p.elementId === r.elementId);
  const pa = find(a);
  if (!pa) return others.map(() => undefined);
  const scores = scorePairs(set, signals, params, lexicon);
  const terms = (p: ActivityProfile) => p.analysis.terms.map((t) => `${t.stem}${t.action ? '*' : ''}`);
  return others.map((b) => {
    const pb = find(b);
    if (!pb) return undefined;
    const key = pairKey(pa.index, pb.index, scores.n);
    const base = scores.label.get(key) ?? 0;
    const baseSignals: SignalExplanation[] = signals
      .filter((s) => s.kind === 'base')
      .map((s) => {
        const evidence = s.score(pa, pb, scores.context);
        return { id: s.id, title: s.title, kind: s.kind, evidence: round(evidence), weight: 1, contribution: round(evidence ?? 0) };
      });
    const context = base >= params.weakContextFloor
      ? contextContributions(pa, pb, base, signals.filter((s) => s.kind === 'context'), params, scores.context)
      : [];
    const contextSignals: SignalExplanation[] = context.map((c) => ({
      id: c.signal.id,
      title: c.signal.title,
      kind: c.signal.kind,
      evidence: round(c.evidence),
      weight: params.signalWeights[c.signal.id] ?? 0,
      contribution: round(c.applied)
    }));
    return {
      signals: [...baseSignals, ...contextSignals],
      score: round(scores.combined.get(key) ?? 0)!,
      threshold: params.threshold,
      termsA: terms(pa),
      termsB: terms(pb),
      ...(pa.event ? { eventA: pa.event } : {}),
      ...(pb.event ? { eventB: pb.event } : {})
    };
  });
}

function round<T extends number | undefined>(x: T): T {
  return (x === undefined ? x : Math.round(x * 1000) / 1000) as T;
}
