// Small statistics for the benchmark runner (plain ESM so `node bench/editor/run.mjs` needs no
// TypeScript loader; types in stats.d.mts, tests in tests/unit/bench/).

/** Median of the numbers (mean of the middle two for an even count); NaN for none. */
export function median(values) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Linear-interpolated quantile q ∈ [0, 1]; NaN for none. */
export function quantile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Median, min, max, p90 and count of a sample, rounded to 0.1 ms. */
export function summarize(values) {
  const r = (x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
  return {
    median: r(median(values)),
    min: r(values.length ? Math.min(...values) : NaN),
    max: r(values.length ? Math.max(...values) : NaN),
    p90: r(quantile(values, 0.9)),
    runs: values.length
  };
}

/** a / b rounded to two decimals; null when b is not a positive number. */
export function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** The rotation of `items` for run `i` (run 0: as given, run 1: starting at the second, …), so no variant always goes first. */
export function rotate(items, i) {
  if (!items.length) return [];
  const k = ((i % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** Milliseconds for a table cell: "1,016" / "82.4" / "3.21" / "–". */
export function formatMs(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  if (ms >= 100) return Math.round(ms).toLocaleString('en-US');
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

/** A plain text table with right-aligned columns except the first; `rows` are arrays of strings. */
export function formatTable(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => String(r[c] ?? '').length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell ?? '').padEnd(widths[c]) : String(cell ?? '').padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
