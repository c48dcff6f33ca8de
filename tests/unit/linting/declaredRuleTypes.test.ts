/**
 * The convention rules declare `meta.types` (the elements their check reads) so that the engine
 * hands them only those elements. A declaration is a promise; these tests hold every rule to it:
 * with the declaration honoured, a rule reports exactly what it reports when it sees every element
 * (as under the stock bpmnlint), for every parameter set it runs with, on real models.
 */
import { describe, expect, it } from 'vitest';
import { generateModelXml } from '../../../bench/support/generateModel';
import { createModdle, type ModdleElement } from '../../../src/bpmn/moddle';
import { instantiateRules } from '../../../src/linting/lintDefinitions';
import { PROFILES } from '../../../src/linting/profiles';
import { resolveRules, type ResolvedRule } from '../../../src/linting/resolveRules';
import type { LintConfig, RuleDefinition } from '../../../src/linting/ruleApi';
import { getPluginRegistry } from '../../../src/linting/ruleRegistry';
import { declaredTypes, FailedRule, runRulesOnce } from '../../../src/linting/runRulesOnce';
import { corpusFiles, listBpmnFiles, readText, SAMPLES_DIR } from '../../helpers/corpus';

const registry = getPluginRegistry();

/** Every rule set the rules run with: the four profiles and all rules at catalog defaults. */
function ruleSets(): Array<{ name: string; rules: ResolvedRule[] }> {
  const all: LintConfig = { rules: Object.fromEntries(registry.records().map((r) => [r.id, ['warn', { ...(r.params ?? {}) }]])) };
  return [...PROFILES.map((profile) => ({ name: profile, rules: resolveRules(registry, { profile }) })), { name: 'defaults', rules: resolveRules(registry, { config: all }) }];
}

/** The same rule instance without its type declaration: it sees every element. */
function undeclared(rule: RuleDefinition | FailedRule): RuleDefinition | FailedRule {
  if (rule instanceof FailedRule) return rule;
  const { types: _types, ...meta } = rule.meta ?? {};
  return { ...rule, meta };
}

async function models(): Promise<Array<{ name: string; root: ModdleElement }>> {
  // MIWG reference models, every 6th Munich model, the samples, a generated model
  const files = [
    ...corpusFiles().filter((f, i) => f.name.startsWith('miwg') || i % 6 === 0),
    ...listBpmnFiles(SAMPLES_DIR).map((path) => ({ name: path, path }))
  ];
  const out: Array<{ name: string; root: ModdleElement }> = [];
  for (const f of files) {
    try {
      out.push({ name: f.name, root: (await createModdle().fromXML(readText(f.path), 'bpmn:Definitions')).rootElement });
    } catch {
      // unparseable corpus files are the robustness tests' business
    }
  }
  out.push({ name: 'generated 200', root: (await createModdle().fromXML(await generateModelXml(200, 3), 'bpmn:Definitions')).rootElement });
  return out;
}

describe('declared rule types', () => {
  it('should be declared by every convention rule, with every parameter set', () => {
    for (const set of ruleSets()) {
      const instances = instantiateRules(registry, set.rules, '2025-06-01');
      const undeclaredRules = set.rules.filter((_, i) => !(instances[i] instanceof FailedRule) && !declaredTypes(instances[i] as RuleDefinition));
      // declare the element types the check reads: 4th argument of defineRule / defineLabelRule
      // ({ types: [...] }), `extraTypes` of wrapCoreRules for its extra check, lib/coreRuleTypes.js for core rules
      expect(undeclaredRules.map((r) => r.id), `${set.name}: rules without meta.types`).toEqual([]);
    }
  });

  it('should not change any report of any rule on real and generated models', async () => {
    const all = await models();
    expect(all.length).toBeGreaterThan(30);
    let reports = 0;
    for (const set of ruleSets()) {
      for (const model of all) {
        const honoured = runRulesOnce(model.root, instantiateRules(registry, set.rules, '2025-06-01'));
        const everything = runRulesOnce(model.root, instantiateRules(registry, set.rules, '2025-06-01').map(undeclared));
        set.rules.forEach((rule, i) => {
          expect(honoured.reports[i], `${set.name} ${rule.id} ${model.name}`).toEqual(everything.reports[i]);
          expect(honoured.errors[i], `${set.name} ${rule.id} ${model.name}`).toEqual(everything.errors[i]);
        });
        reports += honoured.reports.flat().length;
      }
    }
    expect(reports).toBeGreaterThan(1000);
  });
});
