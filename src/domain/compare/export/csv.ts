/**
 * CSV for Excel: `;`-separated, CRLF line ends, UTF-8 with byte order mark (so that Excel opens
 * umlauts correctly), fields quoted when they contain `;`, quotes or line breaks.
 */
export const CSV_BOM = '\uFEFF';

/** Quote one field if needed. */
export function csvField(value: string | number | boolean | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text (with BOM). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return CSV_BOM + rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}
