/**
 * The single traversal must give the same reports as bpmnlint's own Linter (one traversal per
 * rule) for the same config, on real models.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createModdle, type ModdleElement } from '../../../src/bpmn/moddle';
import { lintDefinitions } from '../../../src/linting/lintDefinitions';
import type { LintConfig, RuleFactory } from '../../../src/linting/ruleApi';
import { createRuleRegistry, getPluginRegistry } from '../../../src/linting/ruleRegistry';
import { resolveRules } from '../../../src/linting/resolveRules';
import { instantiateRules, isoDay } from '../../../src/linting/lintDefinitions';
import { runRulesOnce } from '../../../src/linting/runRulesOnce';
import { PROFILES } from '../../../src/linting/profiles';
import { corpusFiles, readText } from '../../helpers/corpus';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as { Linter: new (o: unknown) => { lint(root: unknown, config?: unknown): Promise<Record<string, Array<Record<string, unknown>>>> } };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;
const allConfig = require('bpmnlint/config/all') as LintConfig;

const coreFactories: Record<string, RuleFactory> = {};
for (const id of Object.keys(allConfig.rules)) coreFactories[id] = require(`bpmnlint/rules/${id}`) as RuleFactory;
const coreRegistry = createRuleRegistry({ factories: coreFactories });

// All MIWG reference models and every 8th Munich model: pools, lanes, sub-processes, vendor extensions.
const files = corpusFiles().filter((f, i) => f.name.startsWith('miwg') || i % 8 === 0);

async function parse(path: string): Promise<ModdleElement> {
  return (await createModdle().fromXML(readText(path), 'bpmn:Definitions')).rootElement;
}

/** bpmnlint's results without the annotations it adds (meta, category), keyed by rule name. */
async function bpmnlintReports(root: ModdleElement, config: unknown): Promise<Record<string, unknown[]>> {
  const silenced = console.error;
  console.error = () => {};
  try {
    const results = await new Linter({ resolver: new NodeResolver() }).lint(root, config);
    return Object.fromEntries(
      Object.entries(results).map(([name, reports]) => [name, reports.map(({ meta: _m, category, ...rest }) => (category === 'rule-error' ? { ruleError: rest.message } : rest))])
    );
  } finally {
    console.error = silenced;
  }
}

/** Our traversal's results in the same shape. */
function ourReports(root: ModdleElement, config: LintConfig, registry: ReturnType<typeof createRuleRegistry>, prefix = ''): Record<string, unknown[]> {
  const rules = resolveRules(registry, { config });
  const outcome = runRulesOnce(root, instantiateRules(registry, rules, isoDay(new Date())));
  const out: Record<string, unknown[]> = {};
  rules.forEach((rule, i) => {
    const error = outcome.errors[i];
    const reports = error !== undefined ? [{ ruleError: (error as Error).message }] : outcome.reports[i];
    if (reports.length) out[prefix + rule.id] = reports;
  });
  return out;
}

describe('single traversal equals bpmnlint', () => {
  it('should give the same reports as bpmnlint for all core rules on corpus models', async () => {
    expect(files.length).toBeGreaterThan(20);
    let total = 0;
    for (const file of files) {
      const root = await parse(file.path);
      const theirs = await bpmnlintReports(root, { extends: 'bpmnlint:all' });
      const ours = ourReports(root, allConfig, coreRegistry);
      expect(ours, file.name).toEqual(theirs);
      total += Object.values(ours).flat().length;
    }
    expect(total).toBeGreaterThan(100);
  });

  it('should give the same findings per rule through lintDefinitions', async () => {
    const root = await parse(files[0].path);
    const theirs = await bpmnlintReports(root, { extends: 'bpmnlint:all' });
    const findings = lintDefinitions(root, { config: allConfig, registry: coreRegistry }).findings;
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    expect(counts).toEqual(Object.fromEntries(Object.entries(theirs).map(([k, v]) => [k, v.length])));
  });

  it.each(PROFILES)('should give the same reports as bpmnlint for the plugin profile %s', async (profile) => {
    const registry = getPluginRegistry();
    const config = registry.profileConfig(profile);
    for (const file of files.slice(0, 12)) {
      const root = await parse(file.path);
      const theirs = await bpmnlintReports(root, { extends: `plugin:gpm/${profile}` });
      const ours = ourReports(root, config, registry, 'gpm/');
      // the engine hands rules `today` (here: the real date, which bpmnlint's rules fall back to)
      expect(ours, `${profile} ${file.name}`).toEqual(theirs);
    }
  });
});
