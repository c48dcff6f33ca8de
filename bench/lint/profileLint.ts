/**
 * `npx tsx bench/lint/profileLint.ts [--profile basis] [--sizes 50,1000] [--runs 9] [--rules]`
 *
 * Where a full lint's time goes on generated models: resolving the rules, creating the rule
 * instances, the traversal with all rules, turning reports into findings; with `--rules`, each
 * rule's own cost (rule alone minus a bare traversal, minimum of the runs) and its scope.
 * Minima: robust against load from other processes.
 */
import { generateModelXml } from '../support/generateModel';
import { createModdle, type ModdleElement } from '../../src/bpmn/moddle';
import { ruleScope } from '../../src/linting/createIncrementalLinter';
import { instantiateRules, toLintResult } from '../../src/linting/lintDefinitions';
import { isProfile, type Profile } from '../../src/linting/profiles';
import { resolveRules } from '../../src/linting/resolveRules';
import { getPluginRegistry } from '../../src/linting/ruleRegistry';
import { runRulesOnce } from '../../src/linting/runRulesOnce';

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a, i) => args[i - 1] === name);
const profileArg = arg('--profile') ?? 'basis';
const profile: Profile = isProfile(profileArg) ? profileArg : 'basis';
const SIZES = (arg('--sizes') ?? '50,1000').split(',').map(Number);
const RUNS = Number(arg('--runs') ?? 9);

const min = (xs: number[]) => Math.min(...xs);
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

async function main(): Promise<void> {
  const registry = getPluginRegistry();
  for (const n of SIZES) {
    const { rootElement: definitions } = await createModdle().fromXML(await generateModelXml(n, 1), 'bpmn:Definitions');
    const phases = { resolve: [] as number[], instantiate: [] as number[], traverse: [] as number[], findings: [] as number[], bare: [] as number[] };
    for (let r = 0; r < RUNS; r++) {
      let rules = resolveRules(registry, { profile });
      phases.resolve.push(time(() => (rules = resolveRules(registry, { profile }))));
      let instances = instantiateRules(registry, rules, '2025-06-01');
      phases.instantiate.push(time(() => (instances = instantiateRules(registry, rules, '2025-06-01'))));
      let outcome = runRulesOnce(definitions, instances);
      phases.traverse.push(time(() => (outcome = runRulesOnce(definitions, instances))));
      phases.findings.push(time(() => toLintResult(definitions, rules, outcome, 0)));
      phases.bare.push(time(() => runRulesOnce(definitions as ModdleElement, [])));
    }
    console.log(`\n${n} flow nodes, ${profile}: ` + Object.entries(phases).map(([k, v]) => `${k} ${min(v).toFixed(1)}`).join(', ') + ' ms (min)');
    if (!args.includes('--rules')) continue;
    const rules = resolveRules(registry, { profile });
    const bare = min(phases.bare);
    const rows = rules.map((rule) => {
      const ms = min(Array.from({ length: RUNS }, () => {
        const instances = instantiateRules(registry, [rule], '2025-06-01');
        return time(() => runRulesOnce(definitions, instances));
      }));
      const scope = ruleScope(instantiateRules(registry, [rule], '2025-06-01')[0]) ?? 'model';
      return { rule: rule.id, ms: Math.max(0, ms - bare), scope };
    }).sort((a, b) => b.ms - a.ms);
    const sums: Record<string, number> = {};
    for (const r of rows) {
      console.log(`  ${r.rule.padEnd(36)} ${r.ms.toFixed(2).padStart(7)} ms ${r.scope}`);
      sums[r.scope] = (sums[r.scope] ?? 0) + r.ms;
    }
    console.log(`  sum by scope: ${Object.entries(sums).map(([scope, ms]) => `${scope} ${ms.toFixed(1)} ms`).join(', ')}`);
  }
}

await main();
