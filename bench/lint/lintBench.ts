/**
 * `npm run bench:lint [-- --json] [-- --per-rule] [-- --sizes 50,200,1000,5000]`
 *
 * Lint cost on generated models (4 lanes, n flow nodes, `bench/support/generateModel.ts`):
 * 1. parsing (bpmn-moddle `fromXML`), reported apart;
 * 2. a full `basis` lint with our engine vs bpmnlint's own `Linter` with `bpmnlint:recommended`
 *    on the same moddle tree — runs interleaved, so that load from other processes hits both;
 * 3. re-lint after one edit on the 1,000-node model (rename a task; append a task with its
 *    flow and shapes), incremental vs a full lint of the live tree;
 * 4. findings per rule per 100 checked elements over every model in ../shared/corpora (basis
 *    profile), to spot rules whose rate is surprising;
 * 5. with `--per-rule`: each basis rule's cost at 1,000 nodes, in a full run (time spent in its
 *    checks, building the shared model index included when it asks first) and alone (rule alone
 *    minus a bare traversal); minima of 7 runs, robust against load from other processes; most
 *    expensive first, with the rule's scope (element- and neighbourhood-scoped rules are
 *    re-checked only where an edit touched; model-scoped ones run in full on every re-lint).
 * Medians (and minima, the cost without interference from other processes) unless said otherwise. Benchmarks print tables; nothing here is asserted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateModelXml } from '../support/generateModel';
import { createModdle, type Moddle, type ModdleElement } from '../../src/bpmn/moddle';
import { parseBpmn } from '../../src/bpmn/parseBpmn';
import { createIncrementalLinter, ruleScope } from '../../src/linting/createIncrementalLinter';
import { instantiateRules, lintDefinitions } from '../../src/linting/lintDefinitions';
import { resolveRules } from '../../src/linting/resolveRules';
import { getPluginRegistry } from '../../src/linting/ruleRegistry';
import type { EnterFn, RuleDefinition } from '../../src/linting/ruleApi';
import { FailedRule, runRulesOnce } from '../../src/linting/runRulesOnce';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as { Linter: new (o: unknown) => { lint(root: unknown): Promise<Record<string, unknown[]>> } };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;
const RECOMMENDED_RULES = Object.keys((require('bpmnlint/config/recommended') as { rules: Record<string, unknown> }).rules).length;

const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const PER_RULE = args.includes('--per-rule');
const sizesArg = args.find((a, i) => args[i - 1] === '--sizes') ?? args.find((a) => a.startsWith('--sizes='))?.slice(8);
const SIZES = sizesArg ? sizesArg.split(',').map(Number) : [50, 200, 1000, 5000];
const RELINT_SIZE = 1000;
const reps = (n: number) => (n <= 50 ? 21 : n <= 200 ? 15 : n <= 1000 ? 9 : 5);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const timeAsync = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

interface SizeRow {
  flowNodes: number;
  elements: number;
  parseMs: number;
  bpmnlintMs: number;
  bpmnlintRules: number;
  bpmnlintReports: number;
  gpmMs: number;
  /** Minimum of the runs: the cost without interference from other processes. */
  bpmnlintMinMs: number;
  gpmMinMs: number;
  gpmRules: number;
  gpmFindings: number;
  ratio: number;
  ratioMin: number;
}

async function parse(xml: string): Promise<{ moddle: Moddle; definitions: ModdleElement }> {
  const moddle = createModdle();
  const { rootElement } = await moddle.fromXML(xml, 'bpmn:Definitions');
  return { moddle, definitions: rootElement };
}

async function measureSize(n: number): Promise<SizeRow> {
  const xml = await generateModelXml(n, 1);
  const parseTimes: number[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(reps(n) / 2)); i++) parseTimes.push(await timeAsync(() => parse(xml)));
  const { definitions } = await parse(xml);

  // warm up both, then interleave
  let theirs = await new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() }).lint(definitions);
  let ours = lintDefinitions(definitions, { profile: 'basis' });
  const tb: number[] = [];
  const to: number[] = [];
  for (let r = 0; r < reps(n); r++) {
    tb.push(await timeAsync(async () => {
      theirs = await new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() }).lint(definitions);
    }));
    to.push(time(() => {
      ours = lintDefinitions(definitions, { profile: 'basis' });
    }));
  }
  const bpmnlintMs = median(tb);
  const gpmMs = median(to);
  return {
    flowNodes: n,
    elements: ours.stats.elementCount,
    parseMs: median(parseTimes),
    bpmnlintMs,
    bpmnlintRules: RECOMMENDED_RULES,
    bpmnlintReports: Object.values(theirs).flat().length,
    gpmMs,
    bpmnlintMinMs: Math.min(...tb),
    gpmMinMs: Math.min(...to),
    gpmRules: ours.stats.ruleCount,
    gpmFindings: ours.findings.length,
    ratio: gpmMs / bpmnlintMs,
    ratioMin: Math.min(...to) / Math.min(...tb)
  };
}

/** Append a task after `after` the way bpmn-js does: task, flow, lane membership, shape, edge. */
function appendTask(moddle: Moddle, definitions: ModdleElement, byId: Map<string, ModdleElement>, after: ModdleElement, k: number): string[] {
  const process = after.$parent as ModdleElement;
  const task = moddle.create('bpmn:Task', { id: `Bench_Task_${k}`, name: `Nachweis ${k} prüfen` });
  const flow = moddle.create('bpmn:SequenceFlow', { id: `Bench_Flow_${k}`, sourceRef: after, targetRef: task });
  task.$parent = process;
  flow.$parent = process;
  task.incoming = [flow];
  (after.outgoing as ModdleElement[]).push(flow);
  (process.flowElements as ModdleElement[]).push(task, flow);
  for (const laneSet of (process.laneSets as ModdleElement[] | undefined) ?? []) {
    const lane = ((laneSet.lanes as ModdleElement[] | undefined) ?? []).find((l) => ((l.flowNodeRef as ModdleElement[] | undefined) ?? []).includes(after));
    if (lane) (lane.flowNodeRef as ModdleElement[]).push(task);
  }
  const plane = (definitions.diagrams as ModdleElement[])[0].plane as ModdleElement;
  const afterShape = (plane.planeElement as ModdleElement[]).find((e) => e.bpmnElement === after);
  const b = (afterShape?.bounds as { x: number; y: number; width: number; height: number } | undefined) ?? { x: 0, y: 0, width: 100, height: 80 };
  const shape = moddle.create('bpmndi:BPMNShape', { id: `Bench_Task_${k}_di`, bpmnElement: task, bounds: moddle.create('dc:Bounds', { x: b.x + 20, y: b.y + 120, width: 100, height: 80 }) });
  const edge = moddle.create('bpmndi:BPMNEdge', {
    id: `Bench_Flow_${k}_di`,
    bpmnElement: flow,
    waypoint: [moddle.create('dc:Point', { x: b.x + b.width / 2, y: b.y + b.height }), moddle.create('dc:Point', { x: b.x + b.width / 2, y: b.y + 120 })]
  });
  shape.$parent = plane;
  edge.$parent = plane;
  (plane.planeElement as ModdleElement[]).push(shape, edge);
  byId.set(String(task.id), task);
  return [String(task.id), String(flow.id), String(after.id)];
}

async function measureRelint(n: number) {
  const xml = await generateModelXml(n, 1);
  const { moddle, definitions } = await parse(xml);
  const linter = createIncrementalLinter({ profile: 'basis' });
  const first = linter.lint(definitions);
  const tasks = [...runRulesOnce(definitions, []).elementsById.values()].filter((e) => e.$type === 'bpmn:Task');
  const byId = new Map<string, ModdleElement>();
  const rename: number[] = [];
  const append: number[] = [];
  const fullAfterEdit: number[] = [];
  const count = reps(n);
  for (let k = 0; k < count; k++) {
    const task = tasks[(k * 7919) % tasks.length];
    task.name = `Unterlagen ${k} anfordern`;
    rename.push(time(() => linter.relint(definitions, [String(task.id)])));
    fullAfterEdit.push(time(() => lintDefinitions(definitions, { profile: 'basis' })));
    linter.lint(definitions);
    const changed = appendTask(moddle, definitions, byId, tasks[(k * 104729) % tasks.length], k);
    append.push(time(() => linter.relint(definitions, changed)));
  }
  return {
    flowNodes: n,
    renameMs: median(rename),
    appendMs: median(append),
    fullLintMs: median(fullAfterEdit),
    renameMinMs: Math.min(...rename),
    appendMinMs: Math.min(...append),
    fullLintMinMs: Math.min(...fullAfterEdit),
    elementScopedRules: linter.elementScopedRules,
    neighbourhoodScopedRules: linter.neighbourhoodScopedRules,
    rules: first.stats.ruleCount
  };
}

/** A rule instance whose check functions add their time to `spent[i]`. */
function timed(rule: RuleDefinition | FailedRule, spent: number[], i: number): RuleDefinition | FailedRule {
  if (rule instanceof FailedRule) return rule;
  const wrap = <F extends (...a: never[]) => unknown>(fn: F | undefined): F | undefined =>
    fn &&
    (((...a: Parameters<F>) => {
      const t = performance.now();
      try {
        return fn(...a);
      } finally {
        spent[i] += performance.now() - t;
      }
    }) as F);
  const check = rule.check;
  return { ...rule, check: typeof check === 'function' ? (wrap(check) as EnterFn) : { enter: wrap(check.enter), leave: wrap(check.leave) } };
}

async function measurePerRule(n: number) {
  const { definitions } = await parse(await generateModelXml(n, 1));
  const registry = getPluginRegistry();
  const rules = resolveRules(registry, { profile: 'basis' });
  const min = (xs: number[]) => Math.min(...xs);
  const bare = min(Array.from({ length: 9 }, () => time(() => runRulesOnce(definitions, []))));
  // in a full run: the rules share the run's model index, so the first rule to ask for a graph
  // or the lanes pays for building it; minimum over 7 runs per rule
  const inRun = rules.map(() => Infinity);
  for (let r = 0; r < 7; r++) {
    const spent = rules.map(() => 0);
    runRulesOnce(definitions, instantiateRules(registry, rules, '2025-01-01').map((rule, i) => timed(rule, spent, i)));
    spent.forEach((ms, i) => (inRun[i] = Math.min(inRun[i], ms)));
  }
  return rules
    .map((rule, i) => {
      const ms = min(Array.from({ length: 7 }, () => {
        const instances = instantiateRules(registry, [rule], '2025-01-01');
        return time(() => runRulesOnce(definitions, instances));
      }));
      const scope = ruleScope(instantiateRules(registry, [rule], '2025-01-01')[0]) ?? 'model';
      return { rule: rule.id, code: rule.code ?? '', scope, ms: Math.max(0, ms - bare), inRunMs: inRun[i] };
    })
    .sort((a, b) => b.inRunMs - a.inRunMs);
}

const CORPORA_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/corpora');

function listModels(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listModels(path));
    else if (/\.(bpmn|bpmn2)$/i.test(name)) out.push(path);
  }
  return out;
}

/** Findings per rule per 100 checked elements over the corpora (basis profile). */
async function measureCorpusRates() {
  const files = listModels(CORPORA_DIR);
  const counts = new Map<string, { code: string; findings: number; files: Set<string> }>();
  let checked = 0;
  let linted = 0;
  let ruleErrors = 0;
  for (const path of files) {
    const parsed = await parseBpmn(readFileSync(path, 'utf8'), path, { allowMissingDiagram: true });
    if (!parsed.ok) continue;
    linted++;
    const result = lintDefinitions(parsed.value.definitions, { profile: 'basis', today: '2025-06-01' });
    ruleErrors += result.ruleErrors.length;
    checked += result.stats.checkedElements;
    for (const f of result.findings) {
      const entry = counts.get(f.rule) ?? { code: f.code ?? '', findings: 0, files: new Set<string>() };
      entry.findings++;
      entry.files.add(path);
      counts.set(f.rule, entry);
    }
  }
  const rules = [...counts]
    .map(([rule, e]) => ({ rule, code: e.code, findings: e.findings, files: e.files.size, per100: (100 * e.findings) / Math.max(checked, 1) }))
    .sort((a, b) => b.per100 - a.per100);
  return { files: files.length, linted, checkedElements: checked, ruleErrors, rules };
}

const f1 = (x: number) => x.toFixed(1);
const thousands = (x: number) => x.toLocaleString('en-US');

async function main(): Promise<void> {
  const loadBefore = loadavg();
  const rows: SizeRow[] = [];
  for (const n of SIZES) rows.push(await measureSize(n));
  const relint = await measureRelint(RELINT_SIZE);
  const perRule = PER_RULE ? await measurePerRule(RELINT_SIZE) : undefined;
  const corpus = await measureCorpusRates();
  const environment = { node: process.version, cpus: cpus().length, loadavgBefore: loadBefore.map((x) => Number(x.toFixed(2))), loadavgAfter: loadavg().map((x) => Number(x.toFixed(2))) };

  const targets = [
    ...rows.map((r) => ({ what: `basis at ${r.flowNodes} flow nodes: time ours/bpmnlint recommended (${r.gpmRules} vs ${r.bpmnlintRules} rules)`, target: '≤ 2', measured: Number(r.ratio.toFixed(2)), met: r.ratio <= 2 })),
    { what: `rules: ours/bpmnlint recommended`, target: '> 2', measured: Number((rows[0].gpmRules / rows[0].bpmnlintRules).toFixed(2)), met: rows[0].gpmRules / rows[0].bpmnlintRules > 2 },
    { what: `re-lint after renaming a task at ${relint.flowNodes} flow nodes`, target: '< 50 ms', measured: Number(relint.renameMs.toFixed(1)), met: relint.renameMs < 50 },
    { what: `re-lint after adding a task and flow at ${relint.flowNodes} flow nodes`, target: '< 50 ms', measured: Number(relint.appendMs.toFixed(1)), met: relint.appendMs < 50 }
  ];
  if (JSON_OUT) console.log(JSON.stringify({ environment, sizes: rows, relint, corpus, targets, ...(perRule ? { perRule } : {}) }, null, 2));
  // with --json the table goes to stderr (convention of bench/run.mjs)
  const say = JSON_OUT ? console.error : console.log;
  say(`\nLint benchmark — ${environment.node}, ${environment.cpus} CPUs, load average ${environment.loadavgBefore.join(' / ')} (before) ${environment.loadavgAfter.join(' / ')} (after); medians, ms\n`);
  say('flow nodes | elements | parse | bpmnlint recommended (min) | rules | gpm basis (min) | rules | ratio time (min) | ratio rules | findings');
  say('---------: | -------: | ----: | -------------------------: | ----: | --------------: | ----: | ---------------: | ----------: | -------:');
  for (const r of rows) {
    const both = (median: number, min: number) => `${f1(median)} (${f1(min)})`;
    say(
      `${thousands(r.flowNodes).padStart(10)} | ${thousands(r.elements).padStart(8)} | ${f1(r.parseMs).padStart(5)} | ${both(r.bpmnlintMs, r.bpmnlintMinMs).padStart(26)} | ${String(r.bpmnlintRules).padStart(5)} | ${both(r.gpmMs, r.gpmMinMs).padStart(15)} | ${String(r.gpmRules).padStart(5)} | ${`${r.ratio.toFixed(2)} (${r.ratioMin.toFixed(2)})`.padStart(16)} | ${(r.gpmRules / r.bpmnlintRules).toFixed(2).padStart(11)} | ${String(r.gpmFindings).padStart(8)}`
    );
  }
  say(`\nRe-lint after one edit at ${thousands(relint.flowNodes)} flow nodes (of ${relint.rules} rules ${relint.elementScopedRules} element-scoped, ${relint.neighbourhoodScopedRules} neighbourhood-scoped, the others run in full):`);
  say(`  rename a task:                 ${f1(relint.renameMs)} ms (min ${f1(relint.renameMinMs)})`);
  say(`  append a task with its flow:   ${f1(relint.appendMs)} ms (min ${f1(relint.appendMinMs)})`);
  say(`  full lint of the live tree:    ${f1(relint.fullLintMs)} ms (min ${f1(relint.fullLintMinMs)})`);
  say(`\nFindings per 100 checked elements over ../shared/corpora (basis profile; ${corpus.linted} of ${corpus.files} models, ${thousands(corpus.checkedElements)} checked elements, ${corpus.ruleErrors} rule errors):`);
  for (const r of corpus.rules) say(`  ${r.code.padEnd(11)} ${r.rule.padEnd(36)} ${f1(r.per100).padStart(6)}   (${r.findings} in ${r.files} models)`);
  if (perRule) {
    say(`\nPer-rule cost at ${thousands(RELINT_SIZE)} flow nodes, ms (in a full run: time in the rule's checks, index building included; alone: rule alone minus a bare traversal; minima of 7 runs):`);
    say(`  ${'code'.padEnd(11)} ${'rule'.padEnd(36)} ${'scope'.padEnd(7)} ${'in run'.padStart(7)} ${'alone'.padStart(7)}`);
    for (const r of perRule) say(`  ${r.code.padEnd(11)} ${r.rule.padEnd(36)} ${r.scope.padEnd(7)} ${f1(r.inRunMs).padStart(7)} ${f1(r.ms).padStart(7)}`);
    const sum = (scope: string) => perRule.filter((r) => r.scope === scope).reduce((s, r) => s + r.inRunMs, 0);
    say(`  in a full run: model-scoped rules ${f1(sum('model'))} ms, neighbourhood-scoped ${f1(sum('neighbourhood'))} ms, element-scoped ${f1(sum('element'))} ms`);
  }
}

await main();
