import { defaultLexicon, type Lexicon } from '../text/lexicon';
import { buildProfiles } from './buildProfiles';
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
}

/** Explain the score of two activities of different variants; undefined when one is unknown. */
export function explainMatch(
  variants: readonly CompareVariant[],
  a: ActivityRef,
  b: ActivityRef,
  options: { params?: Partial<MatchParams>; signals?: readonly MatchSignal[]; lexicon?: Lexicon } = {}
): MatchExplanation | undefined {
  const params: MatchParams = { ...DEFAULT_MATCH_PARAMS, ...options.params };
  const lexicon = options.lexicon ?? defaultLexicon();
  const signals = options.signals ?? MATCH_SIGNALS;
  const set = buildProfiles(variants, lexicon, params);
  const pa = set.profiles.find((p) => p.variantId === a.variantId && p.elementId === a.elementId);
  const pb = set.profiles.find((p) => p.variantId === b.variantId && p.elementId === b.elementId);
  if (!pa || !pb) return undefined;
  const scores = scorePairs(set, signals, params, lexicon);
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
  const terms = (p: typeof pa) => p.analysis.terms.map((t) => `${t.stem}${t.action ? '*' : ''}`);
  return {
    signals: [...baseSignals, ...contextSignals],
    score: round(scores.combined.get(key) ?? 0)!,
    threshold: params.threshold,
    termsA: terms(pa),
    termsB: terms(pb)
  };
}

function round<T extends number | undefined>(x: T): T {
  return (x === undefined ? x : Math.round(x * 1000) / 1000) as T;
}
