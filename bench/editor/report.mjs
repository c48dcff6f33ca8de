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
      'Open: importXML start → rendered, fit-viewport, next frame painted (fresh modeler per run, order alternating)\n' +
        formatTable(
          ['flow nodes', 'XML KB', 'runs', 'fromXML', 'bare', 'ours', 'ours/bare', 'target ≤1.2', 'CPU ours/bare', 'bare+gpm', 'ours −panel', 'ours −minimap', 'create ours/bare', 'floor (ARCH)'],
          results.open.map((row) => [
            String(row.n), kb(size.get(row.n) ?? 0), String(row.runs), formatMs(fromXml.get(row.n)), v(row, 'bare'), v(row, 'ours'),
            row.ratio?.toFixed(2) ?? '–', mark(row.ratio !== null && row.ratio <= TARGETS.openRatio), row.ratioCpu?.toFixed(2) ?? '–',
            v(row, 'bareGpm'), v(row, 'oursNoPanel'), v(row, 'oursNoMinimap'),
            `${formatMs(row.variants.ours.createMs.median)}/${formatMs(row.variants.bare.createMs.median)}`,
            formatMs(ARCHITECTURE_FLOOR.importXmlChromium[row.n])
          ])
        ) +
        '\n(fromXML: bpmn-moddle alone in the page; CPU: main-thread thread time from the trace; bare+gpm: bare with our moddle extension;' +
        '\n −panel: createModeler without properties panel; −minimap: our modules without the minimap; create: `new Modeler` before import, not in "open")'
    );
  }
  if (results.autosave?.length) {
    parts.push(
      'Autosave: one sliced serialisation + drafts.save into IndexedDB (as useAutosave) vs one plain modeler.saveXML()\n' +
        formatTable(
          ['flow nodes', 'XML KB', 'runs', 'longest task', 'CPU', 'target <16', 'busy', 'tasks', 'GC', 'longest slice', 'last slice', 'slices', 'IDB save wall', 'total wall', 'saveXML task', 'saveXML busy'],
          results.autosave.map((row) => {
            const s = row.sliced;
            const p = row.plainSaveXml;
            const judged = row.n === TARGETS.autosaveAtNodes;
            const m = s.longestTaskMs.median;
            return [
              String(row.n), kb(s.xmlChars), String(s.runs), formatMs(m), formatMs(s.longestTaskCpuMs.median),
              judged ? mark(m < TARGETS.autosaveLongestTaskMs) : `(${mark(m < TARGETS.autosaveLongestTaskMs)})`,
              formatMs(s.busyMs.median), String(s.tasks.median), formatMs(s.gcMs.median), formatMs(s.longestSliceMs.median),
              formatMs(s.lastSliceMs.median), String(s.slices.median), formatMs(s.storeWallMs.median), formatMs(s.totalWallMs.median),
              formatMs(p.longestTaskMs.median), formatMs(p.busyMs.median)
            ];
          })
        ) +
        '\n(longest task / busy / tasks / GC: renderer main thread between the start and end marks, from the Chromium trace; CPU: its thread time;' +
        '\n slices: own timing of each synchronous slice, the last one includes the skeleton, the join and the drafts.save call;' +
        '\n target judged at 1,000 nodes, other sizes in parentheses)' +
        `\nlongtask observer (≥50 ms): ` +
        results.autosave.map((r) => `${r.n}: ${r.sliced.longTasksOver50.median} (saveXML ${r.plainSaveXml.longTasksOver50.median})`).join(', ')
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
