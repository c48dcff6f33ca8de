import type { MatchResult, Step } from '../matching/matchTypes';

/** Lookups over a matching: the step of each activity and the steps of each variant in flow order. */
export interface StepIndex {
  /** Step of an activity, by `variantId::elementId`. */
  stepOf: Map<string, Step>;
  /** Per variant: its steps in the order of their first activity in the variant's flow. */
  stepsOf(variantId: string): Step[];
  /** Position (0-based rank) of a step in a variant's flow, by its first activity. */
  rankIn(variantId: string, stepId: string): number | undefined;
}

/** Build the lookups of a matching. */
export function indexSteps(result: MatchResult): StepIndex {
  const stepOf = new Map<string, Step>();
  for (const s of result.steps) for (const m of s.members) stepOf.set(`${m.variantId}::${m.elementId}`, s);
  const ordered = new Map<string, Step[]>();
  const ranks = new Map<string, Map<string, number>>();
  for (const v of result.variants) {
    const list: Step[] = [];
    const rank = new Map<string, number>();
    for (const id of v.activityOrder) {
      const s = stepOf.get(`${v.id}::${id}`);
      if (s && !rank.has(s.id)) {
        rank.set(s.id, list.length);
        list.push(s);
      }
    }
    ordered.set(v.id, list);
    ranks.set(v.id, rank);
  }
  return {
    stepOf,
    stepsOf: (variantId) => ordered.get(variantId) ?? [],
    rankIn: (variantId, stepId) => ranks.get(variantId)?.get(stepId)
  };
}
