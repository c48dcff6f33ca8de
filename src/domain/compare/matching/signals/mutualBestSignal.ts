import type { ActivityProfile } from '../buildProfiles';
import type { MatchSignal, SignalContext } from './matchSignal';

/**
 * Mutual best match: when each of two activities is the other's most similar activity in the
 * other variant, they are likely the same step even if they name the object differently
 * ("Wait for results" / "Waiting for response"). Evidence 1 for a mutual best pair whose
 * unmatched words appear nowhere else in the other variant (if the other variant uses the word
 * in another step — "Bescheid" in "Bescheid versenden" — the difference is real); otherwise
 * neutral (0.5): being second best is no evidence against a match.
 */
export const mutualBestSignal: MatchSignal = {
  id: 'mutualBest',
  title: 'Gegenseitig ähnlichster Schritt',
  kind: 'context',
  raisesFrom: 0.25,
  score: (a, b, context) => {
    const score = context.labelScore(a.index, b.index);
    if (score <= 0) return 0.5;
    const mutual = score >= context.bestLabelScore(a.index, b.variantIndex) && score >= context.bestLabelScore(b.index, a.variantIndex);
    if (!mutual) return 0.5;
    return exclusiveDifference(a, b, context) && exclusiveDifference(b, a, context) ? 1 : 0.5;
  }
};

/** The words of `a` that `b` lacks are used by no other activity of `b`'s variant. */
export function exclusiveDifference(a: ActivityProfile, b: ActivityProfile, context: SignalContext): boolean {
  const relate = context.set.relate;
  for (const t of a.prepared.ids) {
    const matched = b.prepared.ids.some((u) => relate(t, u) >= 0.5);
    if (!matched && context.variantHasTerm(b.variantIndex, t)) return false;
  }
  return true;
}
