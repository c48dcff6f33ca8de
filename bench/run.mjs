// `npm run bench [-- --json] [-- --quick] [-- --bench=editor,lint]`: runs every benchmark of the
// workbench that exists, in a fixed order, prints their tables and collects their figures into
// one JSON document, bench-results/bench.json (printed to stdout too with --json).
//
// THE CONVENTION FOR A BENCHMARK (follow it when you add one):
//  1. It is an npm script `bench:<name>` whose command names its entry file, e.g.
//     `"bench:lint": "tsx bench/lint/lintBench.ts"`, and it is listed in BENCHES below.
//  2. Without `--json` it prints its human-readable table(s) to stdout.
//  3. With `--json` it prints ONLY one JSON object to stdout (pretty-printed or not) and
//     everything else — tables, progress, warnings — to stderr. Put the figures in it, not the
//     table text; sizes, medians and ratios as numbers, milliseconds in fields ending in `Ms`.
//  4. Optionally the object has `targets: [{ what, target, measured, met }]` (met: boolean);
//     this script lists them all at the end.
//  5. It accepts and ignores flags it does not know; `--quick` means "fewer runs" where that
//     makes sense. Exit code 0 when it ran (a missed target is a figure, not a failure);
//     non-zero only when it could not measure.
// Benchmarks that print other text on stdout with `--json` still work: the last JSON object in
// their output is taken as their result and the rest is shown as their table.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The entry file an npm script runs: the last argument that looks like a source path. */
export function scriptEntry(command) {
  const parts = command.split(/\s+/).filter((p) => /\.(?:[cm]?[jt]s|tsx)$/.test(p));
  return parts[parts.length - 1];
}

/**
 * The last JSON value in a benchmark's stdout, and the text around it. With the convention the
 * whole output is one object (a whole-output array is accepted too); otherwise the last `{` at a
 * line start that begins a parseable object up to a later `}` at a line end wins (then the same
 * for `[`…`]`). `value` is undefined when there is none.
 */
export function extractLastJson(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return { value: JSON.parse(trimmed), rest: '' };
    } catch {
      // fall through to the search
    }
  }
  for (const [open, close] of [['{', '}'], ['[', ']']]) {
    const starts = [];
    const ends = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open && (i === 0 || text[i - 1] === '\n')) starts.push(i);
      if (text[i] === close && (i === text.length - 1 || text[i + 1] === '\n' || text[i + 1] === '\r')) ends.push(i);
    }
    for (let s = starts.length - 1; s >= 0; s--) {
      for (let e = ends.length - 1; e >= 0 && ends[e] > starts[s]; e--) {
        try {
          const value = JSON.parse(text.slice(starts[s], ends[e] + 1));
          if (value && typeof value === 'object') return { value, rest: text.slice(0, starts[s]) + text.slice(ends[e] + 1) };
        } catch {
          // not this pair
        }
      }
    }
  }
  return { value: undefined, rest: text };
}

/** The benchmarks in the order their tables are printed. */
const BENCHES = ['editor', 'lint', 'matching', 'compare', 'labels'];

const args = process.argv.slice(2);
const json = args.includes('--json');
const selected = args.find((a) => a.startsWith('--bench='))?.slice('--bench='.length).split(',');
const passThrough = args.filter((a) => a !== '--json' && !a.startsWith('--bench='));
// tables go to stdout normally, to stderr when stdout carries the JSON document
const tableOut = json ? process.stderr : process.stdout;
const say = (text) => tableOut.write(text);

function runBench(name, command) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', `bench:${name}`, '--', '--json', ...passThrough], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let wroteTable = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      wroteTable = true;
      tableOut.write(d);
    });
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const { value, rest } = extractLastJson(stdout);
      if (rest.trim()) say(rest.endsWith('\n') ? rest : `${rest}\n`);
      else if (!wroteTable) say(`(no table: with --json this benchmark prints its figures only; \`npm run bench:${name}\` shows its table)\n`);
      const status = code !== 0 ? 'failed' : value === undefined ? 'no-json' : 'ok';
      resolvePromise({ script: `bench:${name}`, command, status, exitCode: code, seconds, ...(value !== undefined ? { result: value } : {}) });
    });
  });
}

async function main() {
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
  const doc = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadBefore: loadavg().map((x) => Number(x.toFixed(2))),
    args: passThrough,
    benches: {},
    targets: []
  };
  for (const name of BENCHES) {
    if (selected && !selected.includes(name)) continue;
    const command = scripts[`bench:${name}`];
    const entry = command ? scriptEntry(command) : undefined;
    if (!command || !entry || !existsSync(join(root, entry))) {
      const reason = !command ? `no npm script bench:${name}` : `${entry ?? command} does not exist yet`;
      say(`\n=== bench:${name} — skipped: ${reason} ===\n`);
      doc.benches[name] = { script: `bench:${name}`, command, status: 'skipped', reason };
      continue;
    }
    say(`\n=== bench:${name} (${command}) ===\n`);
    const outcome = await runBench(name, command);
    doc.benches[name] = outcome;
    if (outcome.status !== 'ok') say(`=== bench:${name}: ${outcome.status} (exit code ${outcome.exitCode}) ===\n`);
    else if (Array.isArray(outcome.result)) say(`(bench:${name} printed a JSON array, not an object as the convention asks; kept as is)\n`);
    const targets = Array.isArray(outcome.result?.targets) ? outcome.result.targets : [];
    for (const t of targets) doc.targets.push({ bench: name, ...t });
  }
  doc.loadAfter = loadavg().map((x) => Number(x.toFixed(2)));
  const outFile = join(root, 'bench-results', 'bench.json');
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(doc, null, 2) + '\n');

  const lines = ['\n=== Summary ==='];
  for (const [name, b] of Object.entries(doc.benches)) lines.push(`bench:${name.padEnd(9)} ${b.status}${b.seconds !== undefined ? ` (${b.seconds} s)` : ''}${b.reason ? ` — ${b.reason}` : ''}`);
  if (doc.targets.length) {
    lines.push('', 'Targets:');
    for (const t of doc.targets) lines.push(`  ${t.met === true ? '✓' : t.met === false ? '✗' : '?'} [${t.bench}] ${t.what}: ${t.measured ?? '–'} (target ${t.target})`);
  }
  lines.push('', `Figures written to ${outFile}`);
  say(lines.join('\n') + '\n');
  if (json) process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  process.exitCode = Object.values(doc.benches).some((b) => b.status === 'failed') ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    process.stderr.write(`${e?.stack ?? e}\n`);
    process.exit(1);
  });
}
