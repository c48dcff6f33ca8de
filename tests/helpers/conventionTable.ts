/**
 * Valid/invalid tables for convention rules: each case is a small model (compact notation or
 * XML), optional rule parameters, and the exact element ids the rule must report — no more.
 */
import { describe, expect, it } from 'vitest';
import { lintRule, reportedIds } from './lintRule';

/** One row of a rule's table. */
export interface RuleCase {
  /** What the model shows, e.g. "a parallel split joined by an exclusive gateway". */
  given: string;
  model: string;
  /** Element ids that must be reported (empty = valid model). */
  expect: string[];
  config?: Record<string, unknown>;
  options?: { gpm?: boolean; di?: boolean };
  /** Substrings the messages must contain (checked over all reports). */
  messages?: string[];
  /** Expected severity hints per reported id. */
  severities?: Record<string, string | undefined>;
}

/** Register one `describe` block with one test per case. */
export function ruleTable(ruleId: string, cases: RuleCase[]): void {
  describe(`rule ${ruleId}`, () => {
    for (const c of cases) {
      const outcome = c.expect.length ? `should report ${c.expect.join(', ')}` : 'should report nothing';
      it(`given ${c.given}, when linted, then ${outcome}`, async () => {
        const ids = await reportedIds(ruleId, c.model, c.config, c.options);
        expect(ids).toEqual([...c.expect].sort());
        if (c.messages || c.severities) {
          const reports = await lintRule(ruleId, c.model, c.config, c.options);
          const text = reports.map((r) => r.message).join('\n');
          for (const m of c.messages ?? []) expect(text).toContain(m);
          for (const [id, sev] of Object.entries(c.severities ?? {})) {
            expect(reports.filter((r) => r.id === id).map((r) => r.severity)).toContain(sev);
          }
        }
      });
    }
  });
}
