/**
 * Every valid/invalid table of the convention rules, run once more through the workbench's
 * engine: with the rule's `meta.types` honoured (the engine hands it only those elements) it must
 * report exactly what it reports when it sees every element (as under the stock bpmnlint, which
 * ignores the declaration). The tables are built to reach each rule's cases, so they catch a
 * declaration that is too narrow where the corpora have no example.
 */
import { describe, expect, it, vi } from 'vitest';
import type { RuleCase } from '../helpers/conventionTable';
import { toBpmnXml } from '../helpers/conventionXml';
import { loadRule, parseXml } from '../helpers/lintRule';
import type { ModdleElement } from '../../src/bpmn/moddle';
import type { RuleDefinition, RuleFactory } from '../../src/linting/ruleApi';
import { declaredTypes, runRulesOnce } from '../../src/linting/runRulesOnce';

const tables = vi.hoisted(() => [] as Array<{ ruleId: string; cases: RuleCase[] }>);
vi.mock('../helpers/conventionTable', () => ({
  ruleTable: (ruleId: string, cases: RuleCase[]) => void tables.push({ ruleId, cases })
}));

// the table files (only tables, no tests of their own)
const TABLE_FILES = import.meta.glob([
  './*.test.ts',
  './naming/*.test.ts',
  '!./declaredTypes.test.ts',
  '!./catalog.test.ts',
  '!./bpmnlintCli.test.ts',
  '!./naming/labelAnalysis.test.ts',
  '!./naming/corpus.test.ts',
  '!./naming/lexicon.test.ts',
  '!./naming/labelEvaluation.test.ts',
  '!./naming/catalog.test.ts'
]);

/** The same instance without its type declaration: it sees every element. */
function undeclared(rule: RuleDefinition): RuleDefinition {
  const { types: _types, ...meta } = rule.meta ?? {};
  return { ...rule, meta };
}

describe('declared types against the rule tables', () => {
  it('should give every table case the same reports with and without the type declaration', async () => {
    for (const load of Object.values(TABLE_FILES)) await load();
    expect(tables.length).toBeGreaterThan(50);
    let cases = 0;
    for (const { ruleId, cases: rows } of tables) {
      const factory = loadRule(ruleId) as RuleFactory;
      for (const c of rows) {
        const xml = c.model.trimStart().startsWith('<') ? c.model : toBpmnXml(c.model, { di: c.options?.di });
        const root = (await parseXml(xml, c.options ?? {})) as ModdleElement;
        const declared = factory(c.config ?? {});
        expect(declaredTypes(declared), `${ruleId} declares its types`).toBeDefined();
        const honoured = runRulesOnce(root, [declared]);
        const everything = runRulesOnce(root, [undeclared(factory(c.config ?? {}))]);
        expect(honoured.reports[0], `${ruleId}: ${c.given}`).toEqual(everything.reports[0]);
        expect(honoured.errors[0], `${ruleId}: ${c.given}`).toEqual(everything.errors[0]);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(200);
  });
});
