/**
 * Consultant decisions on a process comparison (issue 4: confirm, reject, merge, split, rename
 * steps), stored per process so they survive re-matching. Append-only: withdrawing a decision
 * sets a tombstone, so the log still says who decided what and when.
 */
import type { CompareDecisionKind, CompareDecisionPayload, CompareDecisionRecord } from './storedRecords';
import { ok, type Result } from '../shared/result';
import { notFound } from './libraryErrors';
import type { RepositoryContext } from './repositoryContext';
import { fail, guardStorage } from './storageErrors';

/** A new decision. */
export interface NewCompareDecision {
  kind: CompareDecisionKind;
  payload: CompareDecisionPayload;
  author: string;
}

/** The only way to read and write compare decisions. */
export interface DecisionRepository {
  /** Record a decision for a process. */
  add(processId: string, decision: NewCompareDecision): Promise<Result<CompareDecisionRecord>>;
  /** Withdraw a decision (tombstone; it stays in the log). */
  withdraw(decisionId: string, author: string): Promise<Result<CompareDecisionRecord>>;
  /** A process's decisions, oldest first (the order they apply in); withdrawn ones only on request (the log). */
  list(processId: string, options?: { includeWithdrawn?: boolean }): Promise<Result<CompareDecisionRecord[]>>;
}

/** Build the decision repository over a repository context. */
export function createDecisionRepository(ctx: RepositoryContext): DecisionRepository {
  const { db } = ctx;
  return {
    add: (processId, decision) =>
      guardStorage(async () => {
        const record: CompareDecisionRecord = {
          id: ctx.newId(),
          processId,
          kind: decision.kind,
          payload: structuredClone(decision.payload),
          author: decision.author,
          createdAt: ctx.now()
        };
        return db.transaction('rw', db.processes, db.compareDecisions, async () => {
          const process = await db.processes.get(processId);
          if (!process || process.deletedAt) fail(notFound('process', processId));
          await db.compareDecisions.add(record);
          return ok(record);
        });
      }),

    withdraw: (decisionId, author) =>
      guardStorage(async () => {
        const at = ctx.now();
        return db.transaction('rw', db.compareDecisions, async () => {
          const decision = (await db.compareDecisions.get(decisionId)) ?? fail(notFound('decision', decisionId));
          if (decision.deletedAt) return ok(decision);
          const withdrawn: CompareDecisionRecord = { ...decision, deletedAt: at, withdrawnBy: author };
          await db.compareDecisions.put(withdrawn);
          return ok(withdrawn);
        });
      }),

    list: (processId, options = {}) =>
      guardStorage(async () => {
        const all = await db.compareDecisions
          .where('[processId+createdAt]')
          .between([processId, ''], [processId, '\uffff'])
          .toArray();
        return ok(options.includeWithdrawn ? all : all.filter((d) => !d.deletedAt));
      })
  };
}
