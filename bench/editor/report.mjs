// Tables and target verdicts of the editor benchmark (plain text for the terminal and the issue).
import { formatMs, formatTable } from './stats.mjs';

/** Floor figures from ARCHITECTURE.md ("What the libraries underneath cost"), for context. */
export const ARCHITECTURE_FLOOR = {
  importXmlChromium: { 50: 82, 200: 237, 1000: 1016, 5000: 5151 },
  fromXmlNode: { 50: 21, 200: 73, 1000: 210, 5000: 738 }
};

/** The targets of issue 2, item 10. */
export const TARGETS = { openRatio: 1.2, autosaveLongestTaskMs: 16, autosaveAtNodes: 1000, listMs: 100 };

const mark = (ok) => (ok === undefined || ok === null ? '' : ok ? '✓' : '✗');
const kb = (chars) => `${Math.round(chars / 1024).toLocaleString('en-US')}`;

/** Target verdicts over the results (each: what, target, measured, met). */
export function verdicts(results) {
  const out = [];
  for (const row of results.open ?? []) {
    out.push({ what: `open ${row.n} nodes: ours/bare`, target: `≤ ${TARGETS.openRatio}`, measured: row.ratio, met: row.ratio !== null && row.ratio <= TARGETS.openRatio });
  }
  for (const row of results.autosave ?? []) {
    if (row.n !== TARGETS.autosaveAtNodes) continue;
    const m = row.sliced.longestTaskMs.median;
    out.push({ what: `autosave ${row.n} nodes: longest main-thread task, wall (trace, median of runs)`, target: `< ${TARGETS.autosaveLongestTaskMs} ms`, measured: m, met: m !== null && m < TARGETS.autosaveLongestTaskMs });
    const c = row.sliced.longestTaskCpuMs.median;
    out.push({ what: `autosave ${row.n} nodes: longest main-thread task, thread CPU time`, target: `< ${TARGETS.autosaveLongestTaskMs} ms`, measured: c, met: c !== null && c < TARGETS.autosaveLongestTaskMs });
  }
  if (results.library) {
    const l = results.library;
    out.push({ what: `list ${l.variants} variants: listSummaries() median`, target: `< ${TARGETS.listMs} ms`, measured: l.listMs.median, met: l.listMs.median < TARGETS.listMs });
    out.push({ what: `list ${l.variants} variants: filtered (text+IST) median`, target: `< ${TARGETS.listMs} ms`, measured: l.filteredMs.median, met: l.filteredMs.median < TARGETS.listMs });
  }
  return out;
}

/** All tables as one text block. */
export function renderTables(results) {
  const parts = [];
  const env = results.environment;
  parts.push(
    `Editor and storage benchmark — ${env.browser}, headless, ${env.viewport.width}×${env.viewport.height}, ${env.cpus} CPUs` +
      `\nload average before ${env.loadBefore.join(' / ')}, after ${env.loadAfter.join(' / ')}${results.quick ? '  (--quick: few runs, indicative only)' : ''}` +
      `\nAll figures are medians in ms (runs per size in the "runs" column); ratios are of the medians.` +
      (Number(env.loadBefore[0]) > env.cpus * 0.75 || Number(env.loadAfter[0]) > env.cpus * 0.75
        ? '\nWARNING: other load on the machine; wall times include time the renderer waited for a CPU (compare the CPU columns).'
        : '')
  );
  if (results.open?.length) {
    const fromXml = new Map((results.fromXml ?? []).map((r) => [r.n, r.fromXmlMs.median]));
    const size = new Map((results.models ?? []).map((m) => [m.n, m.xmlChars]));
    const v = (row, name, f = 'openMs') => formatMs(row.variants[name]?.[f]?.median);
    parts.push(
      'Open: importXML start → rendered, zoomed to fit (the app’s fitDiagram), next frame painted (wall time; fresh modeler per run, order alternating)\n' +
        formatTable(
          ['flow nodes', 'XML KB', 'runs', 'fromXML', 'bare', 'ours', 'ours/bare', 'target ≤1.2', 'create ours/bare', 'floor (ARCH)'],
          results.open.map((row) => [
            String(row.n), kb(size.get(row.n) ?? 0), String(row.runs), formatMs(fromXml.get(row.n)), v(row, 'bare'), v(row, 'ours'),
            row.ratio?.toFixed(2) ?? '–', mark(row.ratio !== null && row.ratio <= TARGETS.openRatio),
            `${formatMs(row.variants.ours.createMs.median)}/${formatMs(row.variants.bare.createMs.median)}`,
            formatMs(ARCHITECTURE_FLOOR.importXmlChromium[row.n])
          ])
        ) +
        '\n(fromXML: bpmn-moddle alone in the page; create: `new Modeler(…)` before the import, not part of "open"; floor: importXML in ARCHITECTURE.md)'
    );
    parts.push(
      'Open, step by step from bare to ours: main-thread CPU time from the trace (robust against other load), wall time in brackets\n' +
        formatTable(
          ['flow nodes', 'runs', 'bare', 'bare+gpm', 'ours −panel', 'ours −minimap', 'ours', 'CPU ours/bare'],
          results.open.map((row) => {
            const c = (name) => `${v(row, name, 'mainThreadCpuMs')} (${v(row, name)})`;
            return [String(row.n), `${row.diagnosticRuns}/${row.runs}`, c('bare'), c('bareGpm'), c('oursNoPanel'), c('oursNoMinimap'), c('ours'), row.ratioCpu?.toFixed(2) ?? '–'];
          })
        ) +
        '\n(bare+gpm: bare bpmn-js with our gpm: moddle extension; ours −panel: createModeler without a properties panel (German translation,' +
        '\n gpm:, minimap); ours −minimap: our modules without the minimap; runs: diagnostic variants / ours and bare)'
    );
  }
  if (results.autosave?.length) {
    const judge = (row) => {
      const m = row.sliced.longestTaskMs.median;
      const v = mark(m < TARGETS.autosaveLongestTaskMs);
      return row.n === TARGETS.autosaveAtNodes ? v : `(${v})`;
    };
    parts.push(
      'Autosave, main thread: one sliced serialisation + drafts.save into IndexedDB (as useAutosave) vs one plain modeler.saveXML()\n' +
        formatTable(
          ['flow nodes', 'XML KB', 'runs', 'longest task', 'target <16', 'longest CPU', 'GC in longest', 'busy', 'busy CPU', 'tasks', 'GC', 'saveXML task', 'saveXML CPU'],
          results.autosave.map((row) => {
            const s = row.sliced;
            const p = row.plainSaveXml;
            return [
              String(row.n), kb(s.xmlChars), String(s.runs), formatMs(s.longestTaskMs.median), judge(row), formatMs(s.longestTaskCpuMs.median),
              formatMs(s.gcInLongestTaskMs.median), formatMs(s.busyMs.median), formatMs(s.busyCpuMs.median), String(s.tasks.median),
              formatMs(s.gcMs.median), formatMs(p.longestTaskMs.median), formatMs(p.longestTaskCpuMs.median)
            ];
          })
        ) +
        '\n(renderer main thread between the start and end marks, from the Chromium trace: longest task and busy = wall time, CPU = thread time;' +
        '\n GC: V8 collections inside the window / inside the longest task; target judged at 1,000 nodes, other sizes in parentheses)' +
        `\nlongtask observer, tasks ≥ 50 ms per autosave: ` +
        results.autosave.map((r) => `${r.n}: ${r.sliced.longTasksOver50.median} (saveXML ${r.plainSaveXml.longTasksOver50.median})`).join(', ')
    );
    parts.push(
      'Autosave, own timings (performance.now() in the page)\n' +
        formatTable(
          ['flow nodes', 'slices', 'longest slice', 'last slice', 'sum of slices', 'save call', 'IDB save wall', 'total wall'],
          results.autosave.map((row) => {
            const s = row.sliced;
            return [
              String(row.n), String(s.slices.median), formatMs(s.longestSliceMs.median), formatMs(s.lastSliceMs.median), formatMs(s.slicesSumMs.median),
              formatMs(s.storeCallMs.median), formatMs(s.storeWallMs.median), formatMs(s.totalWallMs.median)
            ];
          })
        ) +
        '\n(slice: synchronous run between two yields; the last one holds the skeleton write, the join and the drafts.save call;' +
        '\n save call: synchronous part of drafts.save(…); IDB save wall: until its transaction completed; total: first slice to saved)'
    );
  }
  if (results.library) {
    const l = results.library;
    parts.push(
      `Library list: ${l.variants} variants with ${kb(l.bodyChars)} KB bodies (${l.bodyNodes}-node model) in IndexedDB\n` +
        formatTable(
          ['variants', 'seed (bulkSeed)', 'first list after reopen', 'runs', 'listSummaries()', 'target <100', `filtered ${JSON.stringify(l.filter)}`, 'target <100'],
          [[
            String(l.variants), formatMs(l.seedMs), formatMs(l.coldListMs), String(l.listMs.runs),
            `${formatMs(l.listMs.median)} (${l.listCount})`, mark(l.listMs.median < TARGETS.listMs),
            `${formatMs(l.filteredMs.median)} (${l.filteredCount})`, mark(l.filteredMs.median < TARGETS.listMs)
          ]]
        )
    );
  }
  const d = results.diagnostics;
  if (d?.openProfiles?.length) {
    const [a, b] = d.openProfiles;
    const keys = [...new Set([...a.byPackage, ...b.byPackage].map((x) => x.key))];
    const get = (p, k) => p.byPackage.find((x) => x.key === k)?.ms ?? 0;
    const signed = (x) => (x >= 0 ? '+' : '−') + formatMs(Math.abs(x));
    const rows = keys
      .map((k) => ({ k, a: get(a, k), b: get(b, k) }))
      .filter((r) => Math.max(r.a, r.b) >= 2)
      .sort((x, y) => y.a - y.b - (x.a - x.b))
      .map((r) => [r.k, formatMs(r.a), formatMs(r.b), signed(r.a - r.b)]);
    const sum = (p) => p.byPackage.reduce((s, x) => s + x.ms, 0);
    rows.push(['(all samples)', formatMs(sum(a)), formatMs(sum(b)), signed(sum(a) - sum(b))]);
    parts.push(
      `Diagnostics: CPU profiles of ${a.runs} opens each at ${a.n} nodes, self time per open by package (median open under the profiler: ${a.variant} ${formatMs(a.openMs)} ms, ${b.variant} ${formatMs(b.openMs)} ms)\n` +
        formatTable(['package / source', a.variant, b.variant, 'difference'], rows)
    );
  }
  if (d?.sliceProfile) {
    const sp = d.sliceProfile;
    const show = (x, title) =>
      `${title} (slice ${x.slice}, ${formatMs(x.ms)} ms under the profiler), self time by function:\n` +
      formatTable(['function — module', 'ms'], x.byFunction.map((f) => [f.key, formatMs(f.ms)]));
    parts.push(
      `Diagnostics: autosave slices at ${sp.n} nodes under the profiler: ${sp.slicesMs.map(formatMs).join(', ')} ms\n` +
        show(sp.last, 'last slice') + (sp.longest ? '\n' + show(sp.longest, 'longest slice') : '')
    );
  }
  const vs = verdicts(results);
  if (vs.length) {
    parts.push('Targets (issue 2, item 10)\n' + formatTable(['', 'target', 'measured', ''], vs.map((x) => [x.what, x.target, x.measured === null ? '–' : String(x.measured), mark(x.met)])));
  }
  return parts.join('\n\n') + '\n';
}
