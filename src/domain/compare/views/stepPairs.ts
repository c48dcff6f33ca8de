import type { MatchResult, StepMember } from '../matching/matchTypes';

/** A correspondence between activities of two different variants implied by a step. */
export interface StepPair {
  source: StepMember;
  target: StepMember;
  /** Strength of the correspondence: the geometric mean of both memberships' confidences. */
  score: number;
  stepId: string;
}

/**
 * For every unordered pair of variants, the correspondences implied by the steps: all member
 * pairs of a step from two different variants (a 1:n step yields n pairs). Source is the member
 * of the variant listed first in `result.variants`.
 */
export function stepPairs(result: MatchResult): StepPair[] {
  const order = new Map(result.variants.map((v, i) => [v.id, i]));
  const pairs: StepPair[] = [];
  for (const step of result.steps) {
    for (let x = 0; x < step.members.length; x++) {
      for (let y = x + 1; y < step.members.length; y++) {
        let a = step.members[x];
        let b = step.members[y];
        if (a.variantId === b.variantId) continue;
        if ((order.get(a.variantId) ?? 0) > (order.get(b.variantId) ?? 0)) [a, b] = [b, a];
        pairs.push({ source: a, target: b, score: Math.round(Math.sqrt(a.confidence * b.confidence) * 1000) / 1000, stepId: step.id });
      }
    }
  }
  return pairs.sort(
    (p, q) =>
      (order.get(p.source.variantId) ?? 0) - (order.get(q.source.variantId) ?? 0) ||
      (order.get(p.target.variantId) ?? 0) - (order.get(q.target.variantId) ?? 0) ||
      (p.source.elementId < q.source.elementId ? -1 : p.source.elementId > q.source.elementId ? 1 : 0) ||
      (p.target.elementId < q.target.elementId ? -1 : p.target.elementId > q.target.elementId ? 1 : 0)
  );
}
