/**
 * Convention rules that declare `meta.scope` re-check only what an edit touched
 * (`createIncrementalLinter().relint`): `'element'` rules the changed elements — their findings
 * on an element depend only on the element itself (label, attributes, children, its shapes) —,
 * `'neighbourhood'` rules also what the changed elements are connected to by flows. The
 * declarations are promises, and these tests hold the rules to them: element-scoped reports name
 * the visited element, and re-linting after edits that reach beyond the edited element (new,
 * reconnected and deleted flows passing only the flow, lane moves, released status …) gives
 * exactly the findings of a full lint.
 */
import { describe, expect, it } from 'vitest';
import { modelEdits } from '../../../bench/lint/modelEdits';
import { generateModelXml } from '../../../bench/support/generateModel';
import { createModdle, type ModdleElement } from '../../../src/bpmn/moddle';
import { createIncrementalLinter, ruleScope } from '../../../src/linting/createIncrementalLinter';
import { instantiateRules, lintDefinitions } from '../../../src/linting/lintDefinitions';
import type { LintOptions, LintResult } from '../../../src/linting/lintTypes';
import { resolveRules } from '../../../src/linting/resolveRules';
import type { LintConfig } from '../../../src/linting/ruleApi';
import { getPluginRegistry } from '../../../src/linting/ruleRegistry';
import { runRulesOnce } from '../../../src/linting/runRulesOnce';
import { readText, SAMPLES_DIR } from '../../helpers/corpus';

const registry = getPluginRegistry();
const allRules: LintConfig = { rules: Object.fromEntries(registry.records().map((r) => [r.id, ['warn', { ...(r.params ?? {}) }]])) };

/** The rules that check each element on its own — label, type, own attributes and shapes. */
const ELEMENT_SCOPED = [
  'abbreviations-glossary',
  'activity-label-object-infinitive',
  'activity-label-style',
  'colour-scheme',
  'event-label-state',
  'event-types-restricted',
  'gateway-types-restricted',
  'label-form',
  'palette-allowed-elements',
  'paper-tasks-avoided',
  'standard-size',
  'task-types-untyped'
];

/** The rules whose findings on an element depend on it and its flows (and their other ends). */
const NEIGHBOURHOOD_SCOPED = [
  'explicit-merge',
  'gateway-meaningful',
  'gateway-split-or-join',
  'label-required',
  'no-disconnected',
  'no-implicit-start-end',
  'no-superfluous-labels',
  'single-outgoing-flow',
  'xor-gateway-question',
  'xor-outgoing-labelled'
];

const SAMPLES = ['wohngeld/wohngeld-ist-mitte.bpmn', 'wohngeld/wohngeld-soll.bpmn', 'bewohnerparken/bewohnerparken-ist-friedrichshain-kreuzberg.bpmn'];

const essence = (r: LintResult) => ({ findings: r.findings, ruleErrors: r.ruleErrors, stats: { ...r.stats, durationMs: 0 } });

async function models(): Promise<Array<{ name: string; xml: string }>> {
  return [...SAMPLES.map((name) => ({ name, xml: readText(`${SAMPLES_DIR}/${name}`) })), { name: 'generated 200', xml: await generateModelXml(200, 2) }];
}

describe('element-scoped convention rules', () => {
  it('should be exactly the rules whose findings depend on the element alone, or on it and its flows', () => {
    const rules = resolveRules(registry, { config: allRules });
    const instances = instantiateRules(registry, rules, '2025-06-01');
    expect(rules.filter((_, i) => ruleScope(instances[i]) === 'element').map((r) => r.id).sort()).toEqual(ELEMENT_SCOPED);
    expect(rules.filter((_, i) => ruleScope(instances[i]) === 'neighbourhood').map((r) => r.id).sort()).toEqual(NEIGHBOURHOOD_SCOPED);
  });

  it('should drop the scope of a wrapper that bundles a core rule needing the whole model, or of a rule whose parameters make it read the graph', () => {
    const gateway = registry.factory('gateway-meaningful');
    const merge = registry.factory('explicit-merge');
    expect(gateway && ruleScope(gateway({ coreRules: ['superfluous-gateway', 'no-duplicate-sequence-flows'] }))).toBeUndefined();
    expect(merge && ruleScope(merge({ allowImplicitXorMerge: true }))).toBeUndefined();
    expect(merge && ruleScope(merge({}))).toBe('neighbourhood');
  });

  it('should report only on the visited element, or on the element a visited shape draws', async () => {
    const rules = resolveRules(registry, { config: allRules }).filter((r) => ELEMENT_SCOPED.includes(r.id));
    let reports = 0;
    for (const model of await models()) {
      const root = (await createModdle().fromXML(model.xml, 'bpmn:Definitions')).rootElement;
      const outcome = runRulesOnce(root, instantiateRules(registry, rules, '2025-06-01'), { trackVisits: true });
      rules.forEach((rule, i) => {
        outcome.reports[i].forEach((report, k) => {
          const at = (outcome.visited as ModdleElement[][])[i][k];
          const drawn = at.$type.startsWith('bpmndi:') ? (at.bpmnElement as ModdleElement | undefined) : undefined;
          expect([at.id, drawn?.id], `${rule.id} ${model.name}`).toContain(report.id);
          reports++;
        });
      });
    }
    expect(reports).toBeGreaterThan(10);
  });

  it.each([
    ['basis', { profile: 'basis' }],
    ['soll', { profile: 'soll' }],
    ['all rules', { config: allRules }]
  ] as Array<[string, LintOptions]>)('should re-lint to the findings of a full lint after each edit (%s)', async (_name, selection) => {
    const options: LintOptions = { ...selection, today: '2025-06-01' };
    let edits = 0;
    for (const model of await models()) {
      const moddle = createModdle();
      const root = (await moddle.fromXML(model.xml, 'bpmn:Definitions')).rootElement;
      const linter = createIncrementalLinter(options);
      expect(linter.elementScopedRules).toBeGreaterThan(3);
      expect(linter.neighbourhoodScopedRules).toBeGreaterThan(3);
      linter.lint(root);
      for (const edit of modelEdits(moddle, root)) {
        const changed = edit.apply();
        expect(essence(linter.relint(root, changed)), `${model.name}: ${edit.name}`).toEqual(essence(lintDefinitions(root, options)));
        edits++;
      }
    }
    expect(edits).toBeGreaterThan(60);
  });
});
