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

type DecisionBody = DistributiveOmit<StepDecision, 'id' | 'author' | 'createdAt'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function intent(body: DecisionBody): DecisionIntent {
  const decision = { ...body, id: '', author: '', createdAt: '' } as StepDecision;
  return { kind: decision.kind, payload: toDecisionPayload(decision) };
}

/** The keys of a step's members. */
export function stepKeys(step: Step): MemberKey[] {
  return step.members.map((m) => memberKey(m));
}

/** "These activities are one step." */
export function confirmStep(step: Step): DecisionIntent {
  return intent({ kind: 'confirm', members: stepKeys(step) });
}

/**
 * "This variant's activities do not belong to this step": a reject naming one activity of another
 * variant (it stays) and the cell's activities (each becomes a step of its own). Undefined when the
 * step has no other variant to stay.
 */
export function rejectCell(step: Step, variantId: string): DecisionIntent | undefined {
  const anchor = step.members.find((m) => m.variantId !== variantId);
  const cell = step.members.filter((m) => m.variantId === variantId);
  if (!anchor || cell.length === 0) return undefined;
  return intent({ kind: 'reject', members: [memberKey(anchor), ...cell.map((m) => memberKey(m))] });
}

/** "These steps are one step" (one activity per step names it). Undefined for fewer than two steps. */
export function mergeSteps(steps: readonly Step[]): DecisionIntent | undefined {
  const keys = steps.filter((s) => s.members.length > 0).map((s) => memberKey(s.members[0]));
  return keys.length >= 2 ? intent({ kind: 'merge', members: keys }) : undefined;
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
  return intent({ kind: 'split', parts: ordered });
}

/** "Call this step …". Undefined for an empty or unchanged name. */
export function renameStep(step: Step, name: string): DecisionIntent | undefined {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean || clean === step.name) return undefined;
  return intent({ kind: 'rename', members: stepKeys(step), name: clean });
}
