/**
 * Findings per 100 checked elements for each convention rule of the palette, structure,
 * organisation, layout, documentation and digitisation categories over every model in
 * `../shared/corpora/` (MIWG + Munich), plus time per rule. Prints a table (or JSON with --json).
 *
 *   npx tsx bench/lint/ruleRates.ts [--profile basis|experte|soll|fim] [--json] [--examples <rule-id>]
 *
 * Without --profile every rule runs with its base catalog parameters; with a profile only the
 * rules of that profile run, with the profile's parameters. "Checked elements" are the elements
 * a finding can be about (flow nodes, flows, pools, lanes, data objects, annotations).
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createModdle } from '../../src/bpmn/moddle';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const PLUGIN = resolve(HERE, '../../modeling-conventions');
const CORPORA = [process.env.GPM_SHARED_DIR && resolve(process.env.GPM_SHARED_DIR, 'corpora'), resolve(HERE, '../../../shared/corpora'), '/work/shared/corpora'].find((d): d is string => !!d && existsSync(d)) ?? resolve(HERE, '../../../shared/corpora');

/** Every .bpmn file below the shared corpora, sorted (tests/helpers/corpus.ts is CommonJS-only). */
function corpusFiles(): Array<{ name: string; path: string }> {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(bpmn|bpmn2)$/i.test(f)) out.push(p);
    }
  };
  walk(CORPORA);
  return out.map((p) => ({ name: relative(CORPORA, p), path: p }));
}
const Linter = require('bpmnlint/lib/linter');
const StaticResolver = require('bpmnlint/lib/resolver/static-resolver');
const { loadCatalog } = require(`${PLUGIN}/lib/loadCatalog`);
const { paramsFor } = require(`${PLUGIN}/lib/buildConfigs`);

interface Row { id: string; code: string; findings: number; files: number; errors: number; ms: number; examples: string[] }

const args = process.argv.slice(2);
const profile = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
const exampleRule = args.includes('--examples') ? args[args.indexOf('--examples') + 1] : undefined;
const CHECKED = ['bpmn:FlowNode', 'bpmn:SequenceFlow', 'bpmn:MessageFlow', 'bpmn:Participant', 'bpmn:Lane', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:TextAnnotation'];

function countChecked(root: any): number {
  let n = 0;
  const seen = new Set<any>();
  const walk = (el: any) => {
    if (!el || typeof el !== 'object' || seen.has(el)) return;
    seen.add(el);
    if (typeof el.$instanceOf === 'function' && CHECKED.some((t) => el.$instanceOf(t))) n++;
    const d = el.$descriptor;
    if (!d || d.isGeneric) return;
    for (const p of d.properties) {
      if (p.isAttr || p.isReference || ['String', 'Boolean', 'Integer', 'Real'].includes(p.type)) continue;
      const v = el[p.name];
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') walk(v);
    }
  };
  walk(root);
  return n;
}

async function main() {
  const records = (loadCatalog() as any[]).filter((r) => r.category !== 'naming' && (!profile || (r.severity[profile] ?? 'off') !== 'off'));
  const rows: Row[] = records.map((r) => ({ id: r.id, code: r.code, findings: 0, files: 0, errors: 0, ms: 0, examples: [] }));
  const factories = records.map((r) => require(`${PLUGIN}/rules/${r.id}.js`));
  let elements = 0;
  const files = corpusFiles();
  for (const file of files) {
    const { rootElement } = await createModdle().fromXML(readFileSync(file.path, 'utf8'));
    elements += countChecked(rootElement);
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      const params = profile ? paramsFor(r, profile) : (r.params ?? {});
      if (r.id === 'process-metadata-required') params.today = '2026-06-01';
      const linter = new Linter({ resolver: new StaticResolver({ [`rule:bpmnlint-plugin-gpm/${r.id}`]: factories[i] }) });
      const t0 = performance.now();
      const result = await linter.lint(rootElement, { rules: { [`gpm/${r.id}`]: ['warn', params] } });
      rows[i].ms += performance.now() - t0;
      const reports = (Object.values(result).flat() as any[]);
      const errors = reports.filter((x) => x.category === 'rule-error');
      rows[i].errors += errors.length;
      const found = reports.length - errors.length;
      rows[i].findings += found;
      if (found) rows[i].files++;
      if (exampleRule === r.id) for (const x of reports.slice(0, 5)) rows[i].examples.push(`${file.name}: ${x.id}: ${x.message}`);
    }
  }
  const out = rows.map((r) => ({ ...r, per100: elements ? (100 * r.findings) / elements : 0 }));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ profile: profile ?? 'base params', files: files.length, checkedElements: elements, rules: out }, null, 2));
    return;
  }
  console.log(`Corpus: ${files.length} files, ${elements} checked elements; parameters: ${profile ?? 'catalog base params'}`);
  console.log('| code | rule | findings | per 100 elements | files with findings | rule errors | ms total |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const r of out) {
    console.log(`| ${r.code} | ${r.id} | ${r.findings} | ${r.per100.toFixed(2)} | ${r.files} | ${r.errors} | ${r.ms.toFixed(0)} |`);
  }
  for (const r of out) for (const e of r.examples) console.log(e);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
