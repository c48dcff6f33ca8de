/**
 * Micro-averaged precision, recall and F1 of predicted correspondences against a gold standard,
 * as the PMMC README defines them: per pair of models TP/FP/FN, summed over all pairs.
 */
export interface Correspondence {
  a: string;
  aId: string;
  b: string;
  bId: string;
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Unordered key of a correspondence. */
export function correspondenceKey(c: Correspondence): string {
  const x = `${c.a}#${c.aId}`;
  const y = `${c.b}#${c.bId}`;
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** Score predictions against gold (both deduplicated as unordered pairs). */
export function scoreAlignment(predicted: readonly Correspondence[], gold: readonly Correspondence[]): Scores {
  const g = new Set(gold.map(correspondenceKey));
  const p = new Set(predicted.map(correspondenceKey));
  let tp = 0;
  for (const k of p) if (g.has(k)) tp++;
  const fp = p.size - tp;
  const fn = g.size - tp;
  const precision = p.size ? tp / p.size : 0;
  const recall = g.size ? tp / g.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}
