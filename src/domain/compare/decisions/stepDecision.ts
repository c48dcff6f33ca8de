import type { MemberKey } from '../matching/matchTypes';

/**
 * A consultant's decision about steps. Decisions are data: they name activities by stable member
 * keys (variant id + element id), never by step index, so they apply again after re-matching a
 * changed model. They apply in the order of `createdAt` (then `id`). Persistence stores `kind`
 * and the rest as payload (see `toDecisionPayload` / `fromStoredDecision`).
 */
interface DecisionBase {
  id: string;
  author: string;
  /** ISO time stamp. */
  createdAt: string;
}

/** The listed activities are one step (pulled together if the matcher separated them). */
export interface ConfirmDecision extends DecisionBase {
  kind: 'confirm';
  members: MemberKey[];
}

/** The listed activities are not one step: the first stays, every other one becomes a step of its own. */
export interface RejectDecision extends DecisionBase {
  kind: 'reject';
  members: MemberKey[];
}

/** The steps containing the listed activities are one step. */
export interface MergeDecision extends DecisionBase {
  kind: 'merge';
  members: MemberKey[];
}

/** The step is divided: the first part stays (with unlisted members), each further part becomes its own step. */
export interface SplitDecision extends DecisionBase {
  kind: 'split';
  parts: MemberKey[][];
}

/** The step containing the listed activities gets this name. */
export interface RenameDecision extends DecisionBase {
  kind: 'rename';
  members: MemberKey[];
  name: string;
}

/** Any decision. */
export type StepDecision = ConfirmDecision | RejectDecision | MergeDecision | SplitDecision | RenameDecision;

/** The kinds of decisions. */
export type StepDecisionKind = StepDecision['kind'];

/** The payload to store for a decision (everything but id, kind, author, time). */
export function toDecisionPayload(decision: StepDecision): Record<string, unknown> {
  switch (decision.kind) {
    case 'split':
      return { parts: decision.parts };
    case 'rename':
      return { members: decision.members, name: decision.name };
    default:
      return { members: decision.members };
  }
}

/** A stored decision record as persistence keeps it. */
export interface StoredDecisionLike {
  id: string;
  kind: string;
  payload: Readonly<Record<string, unknown>>;
  author: string;
  createdAt: string;
  deletedAt?: string;
}

const isKeys = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Rebuild a decision from a stored record; undefined when withdrawn or malformed. */
export function fromStoredDecision(record: StoredDecisionLike): StepDecision | undefined {
  if (record.deletedAt) return undefined;
  const base = { id: record.id, author: record.author, createdAt: record.createdAt };
  const p = record.payload ?? {};
  switch (record.kind) {
    case 'confirm':
    case 'reject':
    case 'merge':
      return isKeys(p.members) ? { ...base, kind: record.kind, members: p.members } : undefined;
    case 'split':
      return Array.isArray(p.parts) && p.parts.every(isKeys) ? { ...base, kind: 'split', parts: p.parts as string[][] } : undefined;
    case 'rename':
      return isKeys(p.members) && typeof p.name === 'string' ? { ...base, kind: 'rename', members: p.members, name: p.name } : undefined;
    default:
      return undefined;
  }
}
