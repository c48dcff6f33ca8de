import type { ProfileSet } from './buildProfiles';
import type { MatchParams } from './matchParams';
import type { MatchSignal, SignalContext } from './signals/matchSignal';
import type { Lexicon } from '../text/lexicon';

/**
 * Scores of all plausible activity pairs across variants:
 * 1. blocking: only pairs sharing a term, a synset or a 5-letter prefix/suffix of a term are
 *    compared (keeps 12 × 150 activities fast);
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
  // 1. blocking keys → candidate pairs
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (const p of set.profiles) {
    const seen = new Set<string>();
    p.prepared.ids.forEach((id) => {
      const termKey = set.termKeys[id];
      const lang = termKey.slice(0, 2);
      const stem = termKey.slice(3);
      const keys = [`t${stem}`];
      const synsets = lang === 'de' ? lexicon.germanSynsets(stem) : lexicon.englishSynsets(stem);
      for (const s of synsets) keys.push(`s${lang}${s}`);
      if (stem.length >= 5) keys.push(`p${stem.slice(0, 5)}`, `x${stem.slice(-5)}`);
      for (const k of keys) if (!seen.has(k)) (seen.add(k), add(k, p.index));
    });
  }
  const candidates = new Set<number>();
  for (const list of index.values()) {
    for (let x = 0; x < list.length; x++) {
      const a = set.profiles[list[x]];
      for (let y = x + 1; y < list.length; y++) {
        const b = set.profiles[list[y]];
        if (a.variantIndex !== b.variantIndex) candidates.add(pairKey(a.index, b.index, n));
      }
    }
  }
  // 2. base scores
  const label = new Map<number, number>();
  const baseSignals = signals.filter((s) => s.kind === 'base');
  const context: SignalContext = { set, labelScore: (a, b) => label.get(pairKey(a, b, n)) ?? 0 };
  for (const key of [...candidates].sort((x, y) => x - y)) {
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
  // 3. context corrections
  const contextSignals = signals.filter((s) => s.kind === 'context');
  const combined = new Map<number, number>();
  for (const [key, base] of label) {
    const a = set.profiles[Math.floor(key / n)];
    const b = set.profiles[key % n];
    let score = base;
    for (const s of contextSignals) {
      const weight = params.signalWeights[s.id] ?? 0;
      if (!weight) continue;
      const v = s.score(a, b, context);
      if (v === undefined) continue;
      const delta = weight * (2 * v - 1);
      if (delta < 0 || base >= params.contextFloor) score += delta;
    }
    combined.set(key, Math.max(0, Math.min(1, score)));
  }
  return { n, combined, label };
}
