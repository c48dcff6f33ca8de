/** Median of the numbers (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number;
/** Linear-interpolated quantile q ∈ [0, 1]; NaN for none. */
export function quantile(values: readonly number[], q: number): number;
/** Median, min, max, p90 and count of a sample, rounded to 0.1 ms (null when empty). */
export function summarize(values: readonly number[]): { median: number | null; min: number | null; max: number | null; p90: number | null; runs: number };
/** a / b rounded to two decimals; null when b is not a positive number. */
export function ratio(a: number, b: number): number | null;
/** The rotation of `items` for run `i`. */
export function rotate<T>(items: readonly T[], i: number): T[];
/** Milliseconds for a table cell. */
export function formatMs(ms: number | null | undefined): string;
/** A plain text table with right-aligned columns except the first. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string;
