/**
 * Golden check for lint optimisations: the findings must not change.
 *
 *   npx tsx bench/lint/goldenFindings.ts --write [file]   lint everything, store the findings
 *   npx tsx bench/lint/goldenFindings.ts --check [file]   lint again, compare with the stored findings
 *   npx tsx bench/lint/goldenFindings.ts --relint         re-lint after edits must equal a full lint
 *
 * Models: every corpus file (../shared/corpora), every sample, the generated models with 50, 200
 * and 1,000 flow nodes. Configurations: the four profiles plus every catalog rule at its
 * default parameters (rule parameters differ between profiles, so both matter). The stored
 * file (default: $TMPDIR/gpm-lint-golden.json) holds the complete findings in engine order,
 * rule errors included; `--check` compares them in order (and, on a difference, also as a
 * multiset, to say whether only the order moved).
 *
 * `--relint` edits the samples and generated models (`modelEdits.ts`: renames, an appended task
 * with its flow, a new flow, a lane change, a coloured shape, a released status, a removal) and
 * holds `createIncrementalLinter().relint(...)` to a full `lintDefinitions` after every edit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateModelXml } from '../support/generateModel';
import { modelEdits } from './modelEdits';
import { createModdle, type ModdleElement } from '../../src/bpmn/moddle';
import { parseBpmn } from '../../src/bpmn/parseBpmn';
import { createIncrementalLinter } from '../../src/linting/createIncrementalLinter';
import { lintDefinitions } from '../../src/linting/lintDefinitions';
import type { LintOptions, LintResult } from '../../src/linting/lintTypes';
import { PROFILES } from '../../src/linting/profiles';
import type { LintConfig } from '../../src/linting/ruleApi';
import { getPluginRegistry } from '../../src/linting/ruleRegistry';
import { corpusFiles, listBpmnFiles, readText, SAMPLES_DIR } from '../../tests/helpers/corpus';

const TODAY = '2025-06-01';
const GENERATED = [50, 200, 1000];

interface Model {
  name: string;
  xml: string;
}

/** The lint configurations of the check: four profiles, and all rules at their defaults. */
export function goldenConfigs(): Array<{ name: string; options: LintOptions }> {
  const registry = getPluginRegistry();
  const all: LintConfig = { rules: Object.fromEntries(registry.records().map((r) => [r.id, ['warn', { ...(r.params ?? {}) }]])) };
  return [...PROFILES.map((profile) => ({ name: profile, options: { profile, today: TODAY } as LintOptions })), { name: 'all-defaults', options: { config: all, today: TODAY } }];
}

async function models(): Promise<Model[]> {
  const out: Model[] = [];
  for (const f of corpusFiles()) out.push({ name: `corpus/${f.name}`, xml: readText(f.path) });
  for (const p of listBpmnFiles(SAMPLES_DIR)) out.push({ name: `samples/${p.slice(SAMPLES_DIR.length + 1)}`, xml: readText(p) });
  for (const n of GENERATED) out.push({ name: `generated/${n}`, xml: await generateModelXml(n, 1) });
  return out;
}

async function parse(model: Model): Promise<ModdleElement | undefined> {
  const parsed = await parseBpmn(model.xml, model.name, { allowMissingDiagram: true });
  return parsed.ok ? parsed.value.definitions : undefined;
}

/** What the check compares of a result: findings (complete) and rule errors, no timings. */
function essence(result: LintResult): unknown {
  return { findings: result.findings, ruleErrors: result.ruleErrors, stats: { ...result.stats, durationMs: 0 } };
}

async function computeAll(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const configs = goldenConfigs();
  let totalMs = 0;
  for (const model of await models()) {
    const definitions = await parse(model);
    for (const config of configs) {
      const key = `${model.name} :: ${config.name}`;
      if (!definitions) {
        out[key] = 'unparseable';
        continue;
      }
      const t = performance.now();
      const result = lintDefinitions(definitions, config.options);
      totalMs += performance.now() - t;
      out[key] = essence(result);
    }
  }
  console.error(`linted ${Object.keys(out).length} model × configuration pairs in ${Math.round(totalMs)} ms (lint time only)`);
  return out;
}

const canon = (x: unknown) => JSON.stringify(x);

function compare(stored: Record<string, unknown>, now: Record<string, unknown>): number {
  let differences = 0;
  let orderOnly = 0;
  const keys = new Set([...Object.keys(stored), ...Object.keys(now)]);
  let findings = 0;
  for (const key of keys) {
    const a = stored[key] as { findings?: unknown[] } | undefined;
    const b = now[key] as { findings?: unknown[] } | undefined;
    if (a && typeof a === 'object' && Array.isArray(a.findings)) findings += a.findings.length;
    if (canon(a) === canon(b)) continue;
    const sortedA = a && typeof a === 'object' && Array.isArray(a.findings) ? a.findings.map(canon).sort() : [];
    const sortedB = b && typeof b === 'object' && Array.isArray(b.findings) ? b.findings.map(canon).sort() : [];
    if (canon(sortedA) === canon(sortedB) && sortedA.length) {
      orderOnly++;
      console.log(`ORDER ONLY: ${key}`);
      continue;
    }
    differences++;
    if (differences <= 20) {
      const setA = new Set(sortedA);
      const setB = new Set(sortedB);
      console.log(`DIFFERENT: ${key}`);
      for (const f of sortedA) if (!setB.has(f)) console.log(`  - ${f}`);
      for (const f of sortedB) if (!setA.has(f)) console.log(`  + ${f}`);
      if (!sortedA.length && !sortedB.length) console.log(`  stored ${canon(a).slice(0, 300)}\n  now    ${canon(b).slice(0, 300)}`);
    }
  }
  console.log(`${keys.size} model × configuration pairs, ${findings} stored findings: ${differences} different, ${orderOnly} same multiset in another order`);
  return differences + orderOnly;
}

// ---------------------------------------------------------------------------------------------
// relint equivalence

async function checkRelint(): Promise<number> {
  const targets: Model[] = [];
  for (const p of listBpmnFiles(SAMPLES_DIR)) targets.push({ name: `samples/${p.slice(SAMPLES_DIR.length + 1)}`, xml: readText(p) });
  targets.push({ name: 'generated/1000', xml: await generateModelXml(1000, 1) });
  targets.push({ name: 'generated/200', xml: await generateModelXml(200, 2) });
  let failures = 0;
  let checks = 0;
  for (const target of targets) {
    for (const config of goldenConfigs()) {
      const moddle = createModdle();
      const { rootElement: definitions } = await moddle.fromXML(target.xml, 'bpmn:Definitions');
      const linter = createIncrementalLinter(config.options);
      linter.lint(definitions);
      for (const edit of modelEdits(moddle, definitions)) {
        const changed = edit.apply();
        const incremental = canon(essence(linter.relint(definitions, changed)));
        const full = canon(essence(lintDefinitions(definitions, config.options)));
        checks++;
        if (incremental !== full) {
          failures++;
          console.log(`RELINT DIFFERS: ${target.name} :: ${config.name} :: ${edit.name}`);
        }
      }
    }
  }
  console.log(`${checks} re-lints after an edit compared with a full lint: ${failures} different`);
  return failures;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? join(tmpdir(), 'gpm-lint-golden.json');
  if (args.includes('--write')) {
    const all = await computeAll();
    writeFileSync(file, JSON.stringify(all));
    console.log(`wrote ${Object.keys(all).length} entries to ${file}`);
  }
  let bad = 0;
  if (args.includes('--check')) bad += compare(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, await computeAll());
  if (args.includes('--relint')) bad += await checkRelint();
  process.exitCode = bad ? 1 : 0;
}

await main();
