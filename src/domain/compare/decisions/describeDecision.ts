import { parseMemberKey, type MemberKey } from '../matching/matchTypes';
import type { AppliedDecision } from './applyDecisions';
import type { StepDecision } from './stepDecision';

/** Label of an activity by key, for texts (falls back to the element id). */
export type LabelLookup = (key: MemberKey) => string | undefined;

const KIND_DE: Record<StepDecision['kind'], string> = {
  confirm: 'Bestätigt',
  reject: 'Abgelehnt',
  merge: 'Zusammengeführt',
  split: 'Aufgeteilt',
  rename: 'Umbenannt'
};

/** A short German description of a decision ("Bestätigt: „Antrag prüfen“, „Prüfung des Antrags“"). */
export function describeDecision(decision: StepDecision, labelOf: LabelLookup = () => undefined): string {
  const name = (k: MemberKey) => `„${labelOf(k) || parseMemberKey(k).elementId}“ (${parseMemberKey(k).variantId})`;
  switch (decision.kind) {
    case 'split':
      return `${KIND_DE.split}: ${decision.parts.map((p) => p.map(name).join(', ')).join(' | ')}`;
    case 'rename':
      return `${KIND_DE.rename} in „${decision.name}“: ${decision.members.map(name).join(', ')}`;
    default:
      return `${KIND_DE[decision.kind]}: ${decision.members.map(name).join(', ')}`;
  }
}

/** One line of the decision log. */
export interface DecisionLogEntry {
  id: string;
  author: string;
  createdAt: string;
  kind: StepDecision['kind'];
  text: string;
  status: AppliedDecision['status'];
}

const STATUS_DE: Record<AppliedDecision['status'], string> = {
  applied: 'angewendet',
  partial: 'teilweise angewendet (Aktivitäten fehlen)',
  stale: 'nicht anwendbar (Aktivitäten fehlen)'
};

/** The German status text of a log entry. */
export function statusText(status: AppliedDecision['status']): string {
  return STATUS_DE[status];
}

/** The decision log, newest first: who decided what and when, and whether it still applies. */
export function decisionLog(applied: readonly AppliedDecision[], labelOf: LabelLookup = () => undefined): DecisionLogEntry[] {
  return applied
    .map(({ decision, status }) => ({
      id: decision.id,
      author: decision.author,
      createdAt: decision.createdAt,
      kind: decision.kind,
      text: describeDecision(decision, labelOf),
      status
    }))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
}
