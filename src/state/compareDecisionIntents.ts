import * as build from '../domain/compare/decisions/decisionBuilders';
import type { DecisionMeta } from '../domain/compare/decisions/decisionBuilders';
import { toDecisionPayload, type StepDecision } from '../domain/compare/decisions/stepDecision';
import { memberKey, type MemberKey, type Step } from '../domain/compare/matching/matchTypes';
import type { CompareDecisionKind, CompareDecisionPayload } from '../persistence/storedRecords';

/**
 * What the consultant clicked, turned into a decision to store. Decisions name activities by
 * their stable member keys (variant id + element id), never by step index, so they apply again
 * after a model changes and the matching runs anew.
 */
export interface DecisionIntent {
  kind: CompareDecisionKind;
  payload: CompareDecisionPayload;
}

/** Id, author and time are added by the store when the decision is stored. */
const NO_META: DecisionMeta = { id: '', author: '', createdAt: '' };

function intent(decision: StepDecision): DecisionIntent {
  return { kind: decision.kind, payload: toDecisionPayload(decision) };
}

/** The keys of a step's members. */
export function stepKeys(step: Step): MemberKey[] {
  return step.members.map((m) => memberKey(m));
}

/** "These activities are one step." */
export function confirmStep(step: Step): DecisionIntent {
  return intent(build.confirmStep(step, NO_META));
}

/**
 * "This variant's activities do not belong to this step": they each become a step of their own,
 * the other variants' activities stay. Undefined when no other variant would stay.
 */
export function rejectCell(step: Step, variantId: string): DecisionIntent | undefined {
  const cell = step.members.filter((m) => m.variantId === variantId).map((m) => memberKey(m));
  if (!step.members.some((m) => m.variantId !== variantId) || cell.length === 0) return undefined;
  return intent(build.detachMembers(step, cell, NO_META));
}

/** "These steps are one step" (one activity per step names it). Undefined for fewer than two steps. */
export function mergeSteps(steps: readonly Step[]): DecisionIntent | undefined {
  const named = steps.filter((s) => s.members.length > 0).map((s) => ({ ...s, members: [s.members[0]] }));
  return named.length >= 2 ? intent(build.mergeSteps(named, NO_META)) : undefined;
}

/**
 * "Divide this step": `partOf` maps each member key to a part number (0 = stays); every further
 * non-empty part becomes a step of its own. Undefined when nothing would be split off.
 */
export function splitStep(step: Step, partOf: ReadonlyMap<MemberKey, number>): DecisionIntent | undefined {
  const parts = new Map<number, MemberKey[]>();
  for (const key of stepKeys(step)) {
    const p = partOf.get(key) ?? 0;
    parts.set(p, [...(parts.get(p) ?? []), key]);
  }
  const ordered = [...parts.entries()].sort((a, b) => a[0] - b[0]).map(([, keys]) => keys);
  if (!parts.has(0)) ordered.unshift([]);
  if (ordered.filter((p) => p.length > 0).length < 2) return undefined;
  return intent(build.splitStep(ordered, NO_META));
}

/** "Call this step …". Undefined for an empty or unchanged name. */
export function renameStep(step: Step, name: string): DecisionIntent | undefined {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean || clean === step.name) return undefined;
  return intent(build.renameStep(step, clean, NO_META));
}
