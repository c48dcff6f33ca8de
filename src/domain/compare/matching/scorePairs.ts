import type { ActivityProfile, ProfileSet } from './buildProfiles';
import type { MatchParams } from './matchParams';
import type { MatchSignal, SignalContext } from './signals/matchSignal';
import { exclusiveDifference } from './signals/mutualBestSignal';
import type { Lexicon } from '../text/lexicon';

/**
 * Scores of all plausible activity pairs across variants:
 * 1. blocking: only pairs holding related terms (same stem, a shared synset, an English
 *    derivation or a 5-letter prefix/suffix) are compared (keeps 12 × 150 activities fast);
 * 2. base score from the base signals (label similarity); pairs below the candidate floor are dropped;
 * 3. context signals correct the base score (see `MatchSignal`); they may raise it only when the
 *    label similarity reaches `contextFloor`, so context alone never makes a match.
 */
export interface PairScores {
  /** Number of profiles (keys are `i * n + j` with i < j). */
  n: number;
  /** Combined score of candidate pairs. */
  combined: Map<number, number>;
  /** Label (base) score of candidate pairs. */
  label: Map<number, number>;
  /** The context the signals saw (for explanations). */
  context: SignalContext;
}

/** Key of an unordered pair. */
export function pairKey(i: number, j: number, n: number): number {
  return i < j ? i * n + j : j * n + i;
}

/** Combined score of a pair (0 when not a candidate). */
export function pairScore(scores: PairScores, i: number, j: number): number {
  return scores.combined.get(pairKey(i, j, scores.n)) ?? 0;
}

/** Score every candidate pair with the registered signals. */
export function scorePairs(set: ProfileSet, signals: readonly MatchSignal[], params: MatchParams, lexicon: Lexicon): PairScores {
  const n = set.profiles.length;
  // 1. blocking: terms are related when they share a stem, a synset or a 5-letter prefix/suffix;
  //    activities are candidates when they hold related terms (computed per term, not per pair)
  const termCount = set.termKeys.length;
  const termActs: number[][] = Array.from({ length: termCount }, () => []);
  for (const p of set.profiles) for (const t of new Set(p.prepared.ids)) termActs[t].push(p.index);
  const keyTerms = new Map<string, number[]>();
  const keysOfTerm: string[][] = set.termKeys.map((termKey, t) => {
    const lang = termKey.slice(0, 2);
    const stem = termKey.slice(3);
    const keys = [`t${stem}`];
    const synsets = lang === 'de' ? lexicon.germanSynsets(stem) : lexicon.englishSynsets(stem);
    for (const syn of synsets) keys.push(`s${lang}${syn}`);
    if (lang === 'en') {
      // derivations and the synonyms of a derivation ("assessment" ~ "assess" ~ "evaluate")
      keys.push(`d${stem}`);
      for (const d of lexicon.englishDerived(stem)) {
        keys.push(`d${d}`);
        for (const syn of lexicon.englishSynsets(d)) keys.push(`s${lang}${syn}`);
      }
      if (stem.includes('_')) keys.push(`t${stem.split('_')[0]}`);
    }
    if (stem.length >= 5) keys.push(`p${stem.slice(0, 5)}`, `x${stem.slice(-5)}`);
    for (const k of keys) {
      const list = keyTerms.get(k);
      if (!list) keyTerms.set(k, [t]);
      else list.push(t);
    }
    return keys;
  });
  const termStamp = new Int32Array(termCount).fill(-1);
  const relatedTerms: number[][] = keysOfTerm.map((keys, t) => {
    const out: number[] = [];
    for (const k of keys) {
      for (const u of keyTerms.get(k)!) {
        if (termStamp[u] === t) continue;
        termStamp[u] = t;
        out.push(u);
      }
    }
    return out;
  });
  // each profile meets every profile holding a related term once (stamp array instead of a set)
  const stamp = new Int32Array(n).fill(-1);
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    if (set.profiles[i].shadowed) continue;
    const vi = set.profiles[i].variantIndex;
    const partners: number[] = [];
    for (const t of set.profiles[i].prepared.ids) {
      for (const u of relatedTerms[t]) {
        for (const j of termActs[u]) {
          if (j <= i || stamp[j] === i || set.profiles[j].variantIndex === vi || set.profiles[j].shadowed) continue;
          stamp[j] = i;
          partners.push(j);
        }
      }
    }
    partners.sort((x, y) => x - y);
    for (const j of partners) candidates.push(i * n + j);
  }
  // 2. base scores
  const label = new Map<number, number>();
  const baseSignals = signals.filter((s) => s.kind === 'base');
  const best = new Map<number, number>(); // profile * variants + variant → best label score
  const variantCount = set.byVariant.length;
  const termsOf = set.byVariant.map((list) => new Set(list.flatMap((i) => set.profiles[i].prepared.ids)));
  const context: SignalContext = {
    set,
    params,
    labelScore: (a, b) => label.get(pairKey(a, b, n)) ?? 0,
    bestLabelScore: (a, v) => best.get(a * variantCount + v) ?? 0,
    variantHasTerm: (v, t) => termsOf[v].has(t)
  };
  for (const key of candidates) {
    const a = set.profiles[Math.floor(key / n)];
    const b = set.profiles[key % n];
    let sum = 0;
    let count = 0;
    for (const s of baseSignals) {
      const v = s.score(a, b, context);
      if (v !== undefined) (sum += v, count++);
    }
    const base = count ? sum / count : 0;
    if (base >= params.candidateFloor) label.set(key, base);
  }
  for (const [key, score] of label) {
    const i = Math.floor(key / n);
    const j = key % n;
    const ki = i * variantCount + set.profiles[j].variantIndex;
    const kj = j * variantCount + set.profiles[i].variantIndex;
    if (score > (best.get(ki) ?? 0)) best.set(ki, score);
    if (score > (best.get(kj) ?? 0)) best.set(kj, score);
  }
  // 3. context corrections
  const contextSignals = signals.filter((s) => s.kind === 'context');
  const combined = new Map<number, number>();
  for (const [key, base] of label) {
    // pairs too weak for any context to matter keep their label score
    if (base < params.weakContextFloor) {
      combined.set(key, base);
      continue;
    }
    const a = set.profiles[Math.floor(key / n)];
    const b = set.profiles[key % n];
    combined.set(key, Math.max(0, Math.min(1, base + contextDelta(a, b, base, contextSignals, params, context))));
  }
  return { n, combined, label, context };
}

/** One context signal's part in a pair's score. */
export interface ContextContribution {
  signal: MatchSignal;
  evidence?: number;
  /** weight · (2 · evidence − 1), before gating. */
  delta: number;
  /** What was added to the score (0 when a raise was not allowed at this label similarity). */
  applied: number;
}

/** May a context signal raise a pair with label similarity `base`? (`exclusive` is evaluated lazily.) */
function mayRaise(signal: MatchSignal, base: number, params: MatchParams, exclusive: () => boolean): boolean {
  return base >= (signal.raisesFrom ?? params.contextFloor) || (base >= params.weakContextFloor && exclusive());
}

/** The sum of the context signals' applied contributions (the allocation-free twin of `contextContributions`). */
function contextDelta(
  a: ActivityProfile,
  b: ActivityProfile,
  base: number,
  contextSignals: readonly MatchSignal[],
  params: MatchParams,
  context: SignalContext
): number {
  let exclusiveCache: boolean | undefined;
  const exclusive = () => (exclusiveCache ??= exclusiveDifference(a, b, context) && exclusiveDifference(b, a, context));
  let sum = 0;
  for (const s of contextSignals) {
    const weight = params.signalWeights[s.id] ?? 0;
    if (!weight) continue;
    const evidence = s.score(a, b, context);
    if (evidence === undefined) continue;
    const delta = weight * (2 * evidence - 1);
    if (delta < 0 || mayRaise(s, base, params, exclusive)) sum += delta;
  }
  return sum;
}

/** The context signals' contributions to a pair with label similarity `base` (see `MatchSignal`). */
export function contextContributions(
  a: ActivityProfile,
  b: ActivityProfile,
  base: number,
  contextSignals: readonly MatchSignal[],
  params: MatchParams,
  context: SignalContext
): ContextContribution[] {
  let exclusiveCache: boolean | undefined;
  const exclusive = () => (exclusiveCache ??= exclusiveDifference(a, b, context) && exclusiveDifference(b, a, context));
  const out: ContextContribution[] = [];
  for (const s of contextSignals) {
    const weight = params.signalWeights[s.id] ?? 0;
    if (!weight) continue;
    const evidence = s.score(a, b, context);
    if (evidence === undefined) {
      out.push({ signal: s, delta: 0, applied: 0 });
      continue;
    }
    const delta = weight * (2 * evidence - 1);
    out.push({ signal: s, evidence, delta, applied: delta < 0 || mayRaise(s, base, params, exclusive) ? delta : 0 });
  }
  return out;
}
