import { analyzeLabel, type LabelAnalysis } from './analyzeLabel';
import { detectLanguage, labelLanguage, type Language } from './detectLanguage';
import { defaultLexicon, type Lexicon } from './lexicon';
import { termRelation } from './termRelation';

/**
 * Similarity of two analysed labels in [0, 1]:
 * 1. soft Dice over weighted terms: every term counts with its weight times its best relation
 *    (same stem 1, synonym 0.85, spelling variant 0.7) to a term of the other label;
 * 2. action gate: when both labels name an action and no pair of actions relates, the steps do
 *    different things to the same object ("Antrag prüfen" vs "Antrag ablehnen"): × `actionMismatch`;
 *    only one side naming an action: × `oneSidedAction`;
 * 3. specialisation check: when both labels keep unmatched words (neither is a refinement of the
 *    other: "Bewilligungsbescheid versenden" vs "Ablehnungsbescheid versenden"),
 *    × (1 − `divergence` · min(unmatched share A, unmatched share B)); shares count words, not
 *    weights, because a common object word ("Bescheid") still names a different object; a word
 *    related to a word of the other label (relation ≥ 0.5: synonym, derivation, spelling variant)
 *    is no unmatched word (its weaker relation already counts in step 1);
 * 4. a negation on one side only: × `negationMismatch`.
 */

/** A label ready for fast comparison: interned term ids, weights and action flags. */
export interface PreparedLabel {
  ids: number[];
  weights: number[];
  actions: boolean[];
  totalWeight: number;
  hasAction: boolean;
  negated: boolean;
  language: Language;
}

/** Tunables of the label similarity (one configuration for every comparison). */
export interface LabelSimilarityParams {
  actionMismatch: number;
  oneSidedAction: number;
  divergence: number;
  negationMismatch: number;
  /** Extra weight factor of action terms. */
  actionWeight: number;
  /** Measure the unmatched share of step 3 by number of words instead of their weights. */
  divergenceByCount: boolean;
}

/** The defaults used everywhere. */
export const DEFAULT_LABEL_PARAMS: LabelSimilarityParams = {
  actionMismatch: 0.45,
  oneSidedAction: 0.85,
  divergence: 1,
  negationMismatch: 0.4,
  actionWeight: 1.2,
  divergenceByCount: true
};

/** Relation between two interned term ids in [0, 1]. */
export type IdRelation = (a: number, b: number) => number;

/** Build a `PreparedLabel` from an analysis with the given term ids and base weights. */
export function prepareLabel(analysis: LabelAnalysis, ids: number[], baseWeights: number[], params = DEFAULT_LABEL_PARAMS): PreparedLabel {
  const actions = analysis.terms.map((t) => t.action);
  const weights = baseWeights.map((w, i) => (actions[i] ? w * params.actionWeight : w));
  return {
    ids,
    weights,
    actions,
    totalWeight: weights.reduce((s, w) => s + w, 0),
    hasAction: actions.some(Boolean),
    negated: analysis.negated,
    language: analysis.language
  };
}

let scratch = new Float64Array(16);

/** Similarity of two prepared labels (see the file header for the formula). */
export function preparedSimilarity(a: PreparedLabel, b: PreparedLabel, relate: IdRelation, params = DEFAULT_LABEL_PARAMS): number {
  if (a.ids.length === 0 || b.ids.length === 0 || a.totalWeight === 0 || b.totalWeight === 0) return 0;
  // 1. soft Dice (bestB lives in a reused scratch buffer: this runs for every candidate pair)
  if (scratch.length < b.ids.length) scratch = new Float64Array(b.ids.length * 2);
  const bestB = scratch;
  bestB.fill(0, 0, b.ids.length);
  let matchedA = 0;
  let countA = 0;
  let actionBest = 0;
  for (let i = 0; i < a.ids.length; i++) {
    let best = 0;
    for (let j = 0; j < b.ids.length; j++) {
      const r = relate(a.ids[i], b.ids[j]);
      if (r > best) best = r;
      if (r > bestB[j]) bestB[j] = r;
      if (a.actions[i] && b.actions[j] && r > actionBest) actionBest = r;
    }
    matchedA += a.weights[i] * best;
    countA += best >= 0.5 ? 1 : best;
  }
  let matchedB = 0;
  for (let j = 0; j < b.ids.length; j++) matchedB += b.weights[j] * bestB[j];
  let countB = 0;
  for (let j = 0; j < b.ids.length; j++) countB += bestB[j] >= 0.5 ? 1 : bestB[j];
  let score = (matchedA + matchedB) / (a.totalWeight + b.totalWeight);
  if (score === 0) return 0;
  // 2. action gate
  if (a.hasAction && b.hasAction) {
    if (actionBest < 0.5) score *= params.actionMismatch;
  } else if (a.hasAction !== b.hasAction) {
    score *= params.oneSidedAction;
  }
  // 3. specialisation check
  const unmatchedA = params.divergenceByCount ? 1 - countA / a.ids.length : 1 - matchedA / a.totalWeight;
  const unmatchedB = params.divergenceByCount ? 1 - countB / b.ids.length : 1 - matchedB / b.totalWeight;
  score *= 1 - params.divergence * Math.min(unmatchedA, unmatchedB);
  // 4. negation
  if (a.negated !== b.negated) score *= params.negationMismatch;
  return Math.max(0, Math.min(1, score));
}

/**
 * Compare two labels on their own (every term weighted 1): for tests, explanations and the
 * label-pair table. The matcher uses `preparedSimilarity` with corpus weights instead.
 */
export function compareLabels(left: string, right: string, options: { language?: Language; lexicon?: Lexicon } = {}): number {
  const lexicon = options.lexicon ?? defaultLexicon();
  const pairLanguage = options.language ?? detectLanguage([left, right], lexicon);
  const langOf = (label: string) => options.language ?? labelLanguage(label, pairLanguage, lexicon);
  const a = analyzeLabel(left, langOf(left), lexicon);
  const b = analyzeLabel(right, langOf(right), lexicon);
  const intern = new Map<string, number>();
  const stems: string[] = [];
  const idOf = (stem: string) => {
    let id = intern.get(stem);
    if (id === undefined) {
      id = stems.length;
      intern.set(stem, id);
      stems.push(stem);
    }
    return id;
  };
  const pa = prepareLabel(a, a.terms.map((t) => idOf(t.stem)), a.terms.map(() => 1));
  const pb = prepareLabel(b, b.terms.map((t) => idOf(t.stem)), b.terms.map(() => 1));
  return preparedSimilarity(pa, pb, (x, y) => termRelation(stems[x], stems[y], a.language, b.language, lexicon));
}
