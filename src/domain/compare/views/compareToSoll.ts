import type { MatchResult, Step } from '../matching/matchTypes';
import { sameRole } from '../text/roleNames';
import { indexSteps } from './stepIndex';

/**
 * One variant against the SOLL:
 * - coverage = SOLL steps the variant has / all SOLL steps;
 * - missing: SOLL steps the variant lacks; extra: the variant's steps the SOLL lacks (a SOLL step
 *   is one the SOLL does as an activity, likewise the variant's own steps; a message event of the
 *   other side in that step counts as having it: „Antrag eingegangen“ covers „Antrag entgegennehmen“);
 * - order: shared steps outside the longest run that the variant performs in SOLL order (the
 *   fewest steps whose moving restores the SOLL order);
 * - role: shared steps whose role differs from the SOLL's (see `sameRole`: abbreviations expanded,
 *   a more specific name counts as the same role).
 * Every deviation carries the element ids to mark on the variant's diagram and a German text.
 */
export type DeviationKind = 'missing' | 'extra' | 'order' | 'role';

/** One deviation of a variant from the SOLL. */
export interface Deviation {
  kind: DeviationKind;
  stepId: string;
  stepName: string;
  /** Activities of the variant to mark (empty for missing steps). */
  elementIds: string[];
  /** Activities of the SOLL concerned (empty for extra steps). */
  sollElementIds: string[];
  text: string;
}

/** A variant's deviations from the SOLL with its coverage. */
export interface SollDeviationReport {
  variantId: string;
  variantName: string;
  sollId: string;
  sollName: string;
  /** Share of SOLL steps present in the variant, in [0, 1]. */
  coverage: number;
  sollStepCount: number;
  coveredCount: number;
  deviations: Deviation[];
}

/** Compare a variant with the SOLL variant of a matching. */
export function compareToSoll(result: MatchResult, variantId: string, sollId: string): SollDeviationReport {
  const index = indexSteps(result);
  const variant = result.variants.find((v) => v.id === variantId);
  const soll = result.variants.find((v) => v.id === sollId);
  // a step counts for a variant when the variant does it as an activity; a message event standing
  // for a step (see `matching/matchable.ts`) means the variant has the step, but never makes one
  const does = (s: Step, id: string) => s.members.some((m) => m.variantId === id && !m.event);
  const has = (s: Step, id: string) => s.members.some((m) => m.variantId === id);
  const sollSteps = index.stepsOf(sollId).filter((s) => does(s, sollId));
  const ownSteps = index.stepsOf(variantId).filter((s) => does(s, variantId));
  const ids = (s: Step, id: string) => s.members.filter((m) => m.variantId === id).map((m) => m.elementId);
  const labels = (s: Step, id: string) => s.members.filter((m) => m.variantId === id).map((m) => `„${m.label}“`).join(', ');
  const deviations: Deviation[] = [];

  // missing and extra steps
  for (const s of sollSteps) {
    if (!has(s, variantId)) {
      deviations.push({ kind: 'missing', stepId: s.id, stepName: s.name, elementIds: [], sollElementIds: ids(s, sollId), text: `SOLL-Schritt „${s.name}“ fehlt.` });
    }
  }
  for (const s of ownSteps) {
    if (!has(s, sollId)) {
      deviations.push({ kind: 'extra', stepId: s.id, stepName: s.name, elementIds: ids(s, variantId), sollElementIds: [], text: `Zusätzlicher Schritt ${labels(s, variantId)} (nicht im SOLL).` });
    }
  }
  // order: shared steps in SOLL order; the longest increasing run of variant ranks stays, the rest moved
  const shared = sollSteps.filter((s) => has(s, variantId));
  const ranks = shared.map((s) => index.rankIn(variantId, s.id)!);
  const keep = longestIncreasing(ranks);
  shared.forEach((s, i) => {
    if (keep.has(i)) return;
    const before = shared[i - 1]?.name;
    const where = before ? `im SOLL nach „${before}“` : 'im SOLL am Anfang';
    deviations.push({ kind: 'order', stepId: s.id, stepName: s.name, elementIds: ids(s, variantId), sollElementIds: ids(s, sollId), text: `„${s.name}“ steht an anderer Stelle als im SOLL (${where}).` });
  });
  // roles
  for (const s of shared) {
    const sollRoles = s.members.filter((m) => m.variantId === sollId && m.role).map((m) => m.role!);
    const own = s.members.filter((m) => m.variantId === variantId && m.role);
    if (sollRoles.length === 0 || own.length === 0) continue;
    if (own.some((m) => sollRoles.some((r) => sameRole(m.role, r)))) continue;
    const sollRole = s.members.find((m) => m.variantId === sollId && m.role)!.role;
    deviations.push({ kind: 'role', stepId: s.id, stepName: s.name, elementIds: ids(s, variantId), sollElementIds: ids(s, sollId), text: `„${s.name}“: Rolle „${own[0].role}“ statt „${sollRole}“ (SOLL).` });
  }
  const coveredCount = shared.length;
  return {
    variantId,
    variantName: variant?.name ?? variantId,
    sollId,
    sollName: soll?.name ?? sollId,
    coverage: sollSteps.length ? Math.round((coveredCount / sollSteps.length) * 1000) / 1000 : 1,
    sollStepCount: sollSteps.length,
    coveredCount,
    deviations
  };
}

/** Indexes of one longest strictly increasing subsequence (ties: earliest), O(n log n). */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const out = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) out.add(i);
  return out;
}
