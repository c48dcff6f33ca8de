import { memberKey, type MemberKey, type Step } from '../matching/matchTypes';
import type { ConfirmDecision, MergeDecision, RejectDecision, RenameDecision, SplitDecision } from './stepDecision';

/**
 * Builders for the decisions a consultant makes on the steps they see, so that every view keys
 * them the same way (by member keys, never by step index). Id and time come from the caller
 * (the domain stays pure): `{ id: crypto.randomUUID(), author, createdAt: new Date().toISOString() }`.
 */
export interface DecisionMeta {
  id: string;
  author: string;
  createdAt: string;
}

const keys = (step: Step): MemberKey[] => step.members.map(memberKey);

/** "This step is right": its current members belong together. */
export function confirmStep(step: Step, meta: DecisionMeta): ConfirmDecision {
  return { ...meta, kind: 'confirm', members: keys(step) };
}

/** "This activity does not belong here": it leaves the step, the others stay together. */
export function detachMember(step: Step, member: MemberKey, meta: DecisionMeta): RejectDecision {
  return detachMembers(step, [member], meta);
}

/**
 * "These activities do not belong here" (e.g. one district's 1:n cell): each leaves the step, the
 * others stay together — one remaining member is named as the anchor that stays.
 */
export function detachMembers(step: Step, members: readonly MemberKey[], meta: DecisionMeta): RejectDecision {
  const leaving = new Set(members);
  const stay = keys(step).find((k) => !leaving.has(k));
  return { ...meta, kind: 'reject', members: stay ? [stay, ...members] : [...members] };
}

/** "These steps are one": all their members join. */
export function mergeSteps(steps: readonly Step[], meta: DecisionMeta): MergeDecision {
  return { ...meta, kind: 'merge', members: steps.flatMap(keys) };
}

/**
 * "This step is several": the first part (member keys) stays, each further part becomes its own
 * step; members not listed stay with the first part. An empty first part is kept (nothing stays);
 * empty further parts are dropped.
 */
export function splitStep(parts: MemberKey[][], meta: DecisionMeta): SplitDecision {
  return { ...meta, kind: 'split', parts: parts.filter((p, i) => i === 0 || p.length > 0) };
}

/** "Call this step …": the name sticks to the step holding these members after re-matching. */
export function renameStep(step: Step, name: string, meta: DecisionMeta): RenameDecision {
  return { ...meta, kind: 'rename', members: keys(step), name: name.trim() };
}
