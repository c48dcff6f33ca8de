// The measurement phases of the editor benchmark. Each takes the Playwright page, its CDP
// session and the run plan, drives `window.gpmBench` (bench/editor/benchPage.ts) and returns
// plain figures (ms); `run.mjs` prints and writes them.
import { ratio, rotate, summarize } from './stats.mjs';
import { indexTrace, startTrace, traceCategories, windowFigures } from './trace.mjs';
import { selfTimeBy } from './profile.mjs';

/** Our editor, bare bpmn-js, and the diagnostic steps between them (see page/openBench.ts). */
export const OPEN_VARIANTS = ['ours', 'bare', 'bareGpm', 'oursNoPanel', 'oursNoMinimap'];

const call = (page, name, ...args) => page.evaluate(([n, a]) => window.gpmBench[n](...a), [name, args]);

/** bpmn-moddle `fromXML` in the browser, per size. */
export async function measureFromXml(page, plan, log) {
  const rows = [];
  for (const n of plan.sizes) {
    const runs = plan.runs[n];
    for (let w = 0; w < (n <= 1000 ? 2 : 1); w++) await call(page, 'fromXmlOnce', n);
    const ms = [];
    for (let i = 0; i < runs; i++) ms.push(await call(page, 'fromXmlOnce', n));
    rows.push({ n, fromXmlMs: summarize(ms) });
    log(`  fromXML ${n}: ${summarize(ms).median} ms`);
  }
  return rows;
}

/** Open time per size and variant, alternating the order run by run; with main-thread CPU time from the trace. */
export async function measureOpen(page, cdp, plan, log) {
  const variants = plan.openVariants;
  for (const v of variants) await call(page, 'openOnce', v, Math.min(200, plan.sizes[0] ?? 200)); // warm-up (JIT)
  const rows = [];
  for (const n of plan.sizes) {
    const runs = plan.runs[n];
    const trace = await startTrace(cdp, traceCategories(false));
    const samples = [];
    if (n <= 1000) for (const v of variants) await call(page, 'openOnce', v, n); // warm-up at this size
    // the diagnostic variants take fewer runs at the big sizes; ours and bare always take all
    const diagnosticRuns = plan.diagnosticOpenRuns[n] ?? runs;
    for (let i = 0; i < runs; i++) {
      const these = i < diagnosticRuns ? variants : variants.filter((v) => v === 'ours' || v === 'bare');
      for (const v of rotate(these, i)) samples.push(await call(page, 'openOnce', v, n));
    }
    const index = indexTrace(await trace.stop());
    const byVariant = {};
    for (const v of variants) {
      const mine = samples.filter((s) => s.variant === v);
      const cpu = mine.map((s) => windowFigures(index, s.mark)?.busyCpuMs).filter((x) => x !== undefined);
      byVariant[v] = {
        openMs: summarize(mine.map((s) => s.openMs)),
        importMs: summarize(mine.map((s) => s.importMs)),
        createMs: summarize(mine.map((s) => s.createMs)),
        mainThreadCpuMs: summarize(cpu)
      };
    }
    const row = {
      n,
      runs,
      diagnosticRuns: Math.min(runs, diagnosticRuns),
      variants: byVariant,
      ratio: ratio(byVariant.ours.openMs.median, byVariant.bare.openMs.median),
      ratioCpu: ratio(byVariant.ours.mainThreadCpuMs.median, byVariant.bare.mainThreadCpuMs.median),
      ratioWithCreate: ratio(byVariant.ours.openMs.median + byVariant.ours.createMs.median, byVariant.bare.openMs.median + byVariant.bare.createMs.median)
    };
    rows.push(row);
    log(`  open ${n}: ours ${byVariant.ours.openMs.median} ms, bare ${byVariant.bare.openMs.median} ms, ratio ${row.ratio}`);
  }
  return rows;
}

/**
 * CPU profiles of `runs` opens each of `variants` at `n` nodes (alternating), self time by npm
 * package, averaged per open — where our editor spends the time bare bpmn-js does not.
 */
export async function profileOpen(page, cdp, n, variants, modules, runs = 3) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const totals = Object.fromEntries(variants.map((v) => [v, { openMs: [], byPackage: new Map() }]));
  for (let i = 0; i < runs; i++) {
    for (const v of rotate(variants, i)) {
      await cdp.send('Profiler.start');
      const sample = await call(page, 'openOnce', v, n);
      const { profile } = await cdp.send('Profiler.stop');
      totals[v].openMs.push(sample.openMs);
      for (const { key, ms } of selfTimeBy(profile, modules, 'package')) totals[v].byPackage.set(key, (totals[v].byPackage.get(key) ?? 0) + ms);
    }
  }
  await cdp.send('Profiler.disable');
  return variants.map((v) => ({
    variant: v,
    n,
    runs,
    openMs: summarize(totals[v].openMs).median,
    byPackage: [...totals[v].byPackage.entries()]
      .map(([key, ms]) => ({ key, ms: Math.round((ms / runs) * 10) / 10 }))
      .sort((a, b) => b.ms - a.ms)
  }));
}

function saveFigures(samples, index) {
  const fig = samples.map((s) => ({ s, w: windowFigures(index, s.mark) }));
  const pick = (f) => summarize(fig.map(f).filter((x) => x !== undefined && x !== null));
  return {
    runs: samples.length,
    longestTaskMs: pick(({ w }) => w?.longestTaskMs),
    longestTaskCpuMs: pick(({ w }) => w?.longestTaskCpuMs),
    busyMs: pick(({ w }) => w?.busyMs),
    busyCpuMs: pick(({ w }) => w?.busyCpuMs),
    tasks: pick(({ w }) => w?.tasks),
    gcMs: pick(({ w }) => w?.gcMs),
    gcInLongestTaskMs: pick(({ w }) => w?.gcInLongestTaskMs),
    longestSliceMs: pick(({ s }) => Math.max(...s.slicesMs)),
    lastSliceMs: pick(({ s }) => s.slicesMs[s.slicesMs.length - 1]),
    slicesSumMs: pick(({ s }) => s.slicesMs.reduce((a, b) => a + b, 0)),
    slices: pick(({ s }) => s.slicesMs.length),
    serializeWallMs: pick(({ s }) => s.serializeWallMs),
    storeWallMs: pick(({ s }) => s.storeWallMs),
    storeCallMs: pick(({ s }) => s.storeCallMs),
    totalWallMs: pick(({ s }) => s.totalWallMs),
    longTasksOver50: pick(({ s }) => s.longTasks.length),
    longestLongTaskMs: pick(({ s }) => Math.max(0, ...s.longTasks.map((t) => t.duration))),
    xmlChars: samples[0]?.xmlChars ?? 0
  };
}

/** One autosave (sliced + drafts.save into IndexedDB) and one plain saveXML, alternating, per size. */
export async function measureAutosave(page, cdp, plan, log) {
  const rows = [];
  for (const n of plan.sizes) {
    const runs = plan.autosaveRuns[n];
    const { elementCount } = await call(page, 'openAutosaveSession', n);
    await call(page, 'autosaveOnce');
    await call(page, 'plainSaveXmlOnce');
    const trace = await startTrace(cdp, traceCategories(true));
    const sliced = [];
    const plain = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) {
        sliced.push(await call(page, 'autosaveOnce'));
        plain.push(await call(page, 'plainSaveXmlOnce'));
      } else {
        plain.push(await call(page, 'plainSaveXmlOnce'));
        sliced.push(await call(page, 'autosaveOnce'));
      }
    }
    const index = indexTrace(await trace.stop());
    await call(page, 'closeAutosaveSession');
    const row = { n, elementCount, sliced: saveFigures(sliced, index), plainSaveXml: saveFigures(plain, index) };
    rows.push(row);
    log(`  autosave ${n}: longest task ${row.sliced.longestTaskMs.median} ms (saveXML ${row.plainSaveXml.longestTaskMs.median} ms)`);
  }
  return rows;
}

/** Profile every slice of one autosave at `n` nodes; the self time by function of the longest and of the last slice. */
export async function profileAutosaveSlices(page, cdp, n, modules) {
  await call(page, 'openAutosaveSession', n);
  await call(page, 'autosaveOnce');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiles = new Map();
  const onProfile = (e) => profiles.set(e.title, e.profile);
  cdp.on('Profiler.consoleProfileFinished', onProfile);
  const sample = await call(page, 'autosaveOnce', { profileSlices: true });
  await new Promise((r) => setTimeout(r, 200));
  cdp.off('Profiler.consoleProfileFinished', onProfile);
  await cdp.send('Profiler.disable');
  await call(page, 'closeAutosaveSession');
  const last = sample.slicesMs.length - 1;
  const longest = sample.slicesMs.indexOf(Math.max(...sample.slicesMs));
  const describe = (i) => {
    const profile = profiles.get(`${sample.mark}-slice-${i}`);
    return {
      slice: i,
      ms: Math.round(sample.slicesMs[i] * 10) / 10,
      // the bench's own console.profile calls carry the profiler's start-up samples: leave them out
      byFunction: profile ? selfTimeBy(profile, modules, 'function').filter((f) => !f.key.includes('bench/editor/')).slice(0, 10) : []
    };
  };
  return { n, slicesMs: sample.slicesMs.map((x) => Math.round(x * 10) / 10), last: describe(last), longest: longest === last ? undefined : describe(longest) };
}

/** Seed the library and time the list. */
export async function measureLibrary(page, plan, log) {
  const r = await call(page, 'libraryBench', { count: plan.library.count, bodyNodes: plan.library.bodyNodes, runs: plan.library.runs });
  const row = {
    variants: r.variants,
    bodyNodes: r.bodyNodes,
    bodyChars: r.bodyChars,
    seedMs: Math.round(r.seedMs),
    coldListMs: Math.round(r.coldListMs * 10) / 10,
    listMs: summarize(r.listMs),
    listCount: r.listCount,
    filter: r.filter,
    filteredMs: summarize(r.filteredMs),
    filteredCount: r.filteredCount
  };
  log(`  library: list ${row.listMs.median} ms, filtered ${row.filteredMs.median} ms`);
  return row;
}
