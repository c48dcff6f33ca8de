// `npm run bench:editor [-- --json] [-- --quick]`: open time of our editor against bare bpmn-js,
// main-thread cost of one autosave, and the library list, measured in Debian's Chromium
// (issue 2, item 10). Builds bench/editor/index.html with the Vite API, serves it with
// `vite preview`, drives `window.gpmBench` through Playwright and prints tables with medians,
// ratios and the targets. Follows the convention of bench/run.mjs: tables on stdout, or with
// `--json` only one JSON object on stdout and the tables on stderr.
//
// Options: --json, --quick (few runs, indicative only), --sizes=50,200 (subset), --runs=<n>,
// --phases=fromxml,open,autosave,library,diagnostics[,openprofile] (default: all but openprofile),
// --out=<file> (also write the JSON there).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../../tests/helpers/ensureChromium.mjs';
import { buildAndServe } from './serve.mjs';
import { measureAutosave, measureFromXml, measureLibrary, measureOpen, OPEN_VARIANTS, profileAutosaveSlices, profileOpen } from './phases.mjs';
import { loadBundleModules } from './profile.mjs';
import { renderTables, verdicts } from './report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const json = flag('json');
const quick = flag('quick');
const log = (msg) => process.stderr.write(`${msg}\n`);

/** Flags of tests/e2e/support/browser.ts, plus an exposed GC so runs do not collect each other's garbage. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--js-flags=--expose-gc'
];

const SIZES = [50, 200, 1000, 5000];
const plan = {
  sizes: option('sizes') ? option('sizes').split(',').map(Number) : SIZES,
  runs: quick ? { 50: 5, 200: 3, 1000: 3, 5000: 1 } : { 50: 15, 200: 11, 1000: 7, 5000: 5 },
  diagnosticOpenRuns: quick ? { 1000: 2, 5000: 1 } : { 1000: 5, 5000: 2 },
  autosaveRuns: quick ? { 50: 5, 200: 5, 1000: 3, 5000: 2 } : { 50: 15, 200: 11, 1000: 9, 5000: 5 },
  openVariants: OPEN_VARIANTS,
  library: { count: 1000, bodyNodes: 200, runs: quick ? 5 : 15 },
  profileAt: 1000
};
const forcedRuns = Number(option('runs'));
if (forcedRuns > 0) {
  // --runs=<n>: the same number of runs at every size, diagnostic variants included
  for (const key of ['runs', 'diagnosticOpenRuns', 'autosaveRuns']) plan[key] = Object.fromEntries(SIZES.map((n) => [n, forcedRuns]));
}
const phases = new Set((option('phases') ?? 'fromxml,open,autosave,library,diagnostics').split(','));

async function main() {
  const started = Date.now();
  const chromiumPath = ensureChromium();
  const loadBefore = loadavg().map((x) => x.toFixed(2));
  log(`Building the benchmark page … (load average ${loadBefore.join(' / ')})`);
  const outDir = resolve(root, 'node_modules/.cache/bench-editor-dist');
  const server = await buildAndServe(root, outDir);
  const userDataDir = mkdtempSync(join(tmpdir(), 'gpm-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'de-DE'
  });
  const pageErrors = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    const cdp = await context.newCDPSession(page);
    const env = await page.evaluate(() => window.gpmBench.environment());
    const results = {
      bench: 'editor',
      generatedAt: new Date().toISOString(),
      quick,
      plan: { sizes: plan.sizes, runs: plan.runs, diagnosticOpenRuns: plan.diagnosticOpenRuns, autosaveRuns: plan.autosaveRuns, library: plan.library },
      environment: {
        browser: /HeadlessChrome\/[\d.]+|Chrome\/[\d.]+/.exec(env.userAgent)?.[0] ?? env.userAgent,
        userAgent: env.userAgent,
        viewport: env.viewport,
        cpus: cpus().length,
        gcExposed: env.gcExposed,
        longTasksSupported: env.longTasksSupported,
        loadBefore,
        loadAfter: []
      },
      models: [],
      phaseSeconds: {}
    };
    const timed = async (phase, title, fn) => {
      log(title);
      const t = Date.now();
      const value = await fn();
      results.phaseSeconds[phase] = Math.round((Date.now() - t) / 1000);
      log(`  (${results.phaseSeconds[phase]} s)`);
      return value;
    };
    await timed('models', 'Generating models …', async () => {
      for (const n of plan.sizes) results.models.push({ n, xmlChars: await page.evaluate((k) => window.gpmBench.prepareModel(k), n) });
    });
    if (phases.has('fromxml')) results.fromXml = await timed('fromXml', 'bpmn-moddle fromXML …', () => measureFromXml(page, plan, log));
    if (phases.has('open')) results.open = await timed('open', 'Open time …', () => measureOpen(page, cdp, plan, log));
    if (phases.has('autosave')) results.autosave = await timed('autosave', 'Autosave …', () => measureAutosave(page, cdp, plan, log));
    if (phases.has('library')) results.library = await timed('library', `Library (${plan.library.count} variants) …`, () => measureLibrary(page, plan, log));
    if (phases.has('diagnostics')) {
      log('Diagnostics (CPU profiles) …');
      const bundle = readdirSync(join(outDir, 'assets')).find((f) => f.endsWith('.js'));
      const modules = loadBundleModules(join(outDir, 'assets', bundle));
      const n = plan.sizes.includes(plan.profileAt) ? plan.profileAt : plan.sizes[plan.sizes.length - 1];
      results.diagnostics = { sliceProfile: await profileAutosaveSlices(page, cdp, n, modules) };
      // opt-in: sampled profiles of whole opens are too noisy on a shared machine to rank small differences
      if (phases.has('openprofile')) results.diagnostics.openProfiles = await profileOpen(page, cdp, n, ['ours', 'bare'], modules, quick ? 2 : 3);
    }
    results.environment.loadAfter = loadavg().map((x) => x.toFixed(2));
    results.targets = verdicts(results);
    results.pageErrors = pageErrors;
    results.durationSeconds = Math.round((Date.now() - started) / 1000);
    const tables = renderTables(results) + (pageErrors.length ? `\nPage errors:\n  ${pageErrors.join('\n  ')}\n` : '') + `\n(${results.durationSeconds} s)\n`;
    const out = option('out');
    if (out) {
      mkdirSync(dirname(resolve(out)), { recursive: true });
      writeFileSync(resolve(out), JSON.stringify(results, null, 2) + '\n');
    }
    if (json) {
      process.stderr.write(tables);
      process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    } else {
      process.stdout.write(tables);
    }
  } finally {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((e) => {
  log(e?.stack ?? String(e));
  process.exit(1);
});
