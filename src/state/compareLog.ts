import { describeDecision, statusText, type DecisionLogEntry } from '../domain/compare/decisions/describeDecision';
import { fromStoredDecision } from '../domain/compare/decisions/stepDecision';
import type { MemberKey } from '../domain/compare/matching/matchTypes';
import type { CompareDecisionRecord } from '../persistence/storedRecords';

/**
 * The "Protokoll" of a comparison: every decision ever taken on the process, newest first — who
 * decided what and when, whether it still applies to the current models, and who withdrew it.
 * Active decisions take their text and status from the comparison's own log (the domain knows
 * the labels and whether the activities still exist); withdrawn ones are described from storage.
 */
export interface ProtocolEntry {
  id: string;
  kind: CompareDecisionRecord['kind'];
  author: string;
  createdAt: string;
  text: string;
  /** German status: applied, partly applied, not applicable, withdrawn, pending. */
  status: string;
  withdrawn: boolean;
  withdrawnBy?: string;
  withdrawnAt?: string;
  /** The decision applies only partly or not at all to the current models. */
  stale: boolean;
}

const PENDING = 'wird angewendet …';

/** Merge stored records (including withdrawn ones) with the comparison's log. */
export function protocolEntries(
  records: readonly CompareDecisionRecord[],
  log: readonly DecisionLogEntry[] = [],
  labelOf: (key: MemberKey) => string | undefined = () => undefined
): ProtocolEntry[] {
  const byId = new Map(log.map((e) => [e.id, e]));
  return records
    .map((r): ProtocolEntry => {
      const decision = fromStoredDecision({ ...r, deletedAt: undefined });
      const logged = byId.get(r.id);
      const text = logged?.text ?? (decision ? describeDecision(decision, labelOf) : r.kind);
      const base = { id: r.id, kind: r.kind, author: r.author, createdAt: r.createdAt, text };
      if (r.deletedAt) {
        return { ...base, status: `zurückgenommen${r.withdrawnBy ? ` von ${r.withdrawnBy}` : ''}`, withdrawn: true, withdrawnAt: r.deletedAt, ...(r.withdrawnBy ? { withdrawnBy: r.withdrawnBy } : {}), stale: false };
      }
      return { ...base, status: logged ? statusText(logged.status) : PENDING, withdrawn: false, stale: !!logged && logged.status !== 'applied' };
    })
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
}
