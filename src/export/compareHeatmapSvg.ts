import type { SimilarityMatrix } from '../domain/compare/views/variantSimilarity';

/**
 * The similarity heatmap of a comparison as a standalone SVG (for slides and reports): one cell
 * per pair of variants, coloured on a white-to-blue scale and labelled with the percentage, the
 * variant names on both axes, a colour scale and the German explanation of the measure. The same
 * colour scale colours the page's heatmap and the XLSX sheet.
 */

/** Stops of the colour scale (ColorBrewer "Blues", colour-blind safe), from 0 to 1. */
const STOPS = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The heatmap colour of a similarity in [0, 1] as `#rrggbb`. */
export function heatColor(value: number): string {
  const v = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(v));
  const f = v - i;
  const a = hexToRgb(STOPS[i]);
  const b = hexToRgb(STOPS[i + 1]);
  return `#${a.map((x, k) => Math.round(x + (b[k] - x) * f).toString(16).padStart(2, '0')).join('')}`;
}

/** Text colour readable on `heatColor(value)`. */
export function heatTextColor(value: number): string {
  return value >= 0.55 ? '#ffffff' : '#1d2430';
}

/** Escape text for XML. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Break a text into lines of at most `width` characters (at spaces). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const CELL = 58;
const FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\"";

/** Render the heatmap as SVG text (width and height set, white background). */
export function heatmapSvg(similarity: SimilarityMatrix, title = 'Ähnlichkeit der Varianten'): string {
  const n = similarity.names.length;
  const label = (s: string) => (s.length > 34 ? `${s.slice(0, 33)}…` : s);
  const longest = Math.max(0, ...similarity.names.map((s) => label(s).length));
  const nameWidth = Math.min(260, 40 + longest * 7);
  // column labels run up and to the right at 45°: room above the grid and beside its last column
  const slant = longest * 6.5 * Math.SQRT1_2;
  const top = 50 + slant;
  const left = nameWidth + 10;
  const gridW = n * CELL;
  const explanation = wrapText(similarity.explanation, Math.max(60, Math.floor((left + gridW) / 6.6)));
  const scaleY = top + n * CELL + 24;
  const textY = scaleY + 46;
  const width = Math.max(left + gridW + slant + 20, 520);
  const height = textY + explanation.length * 16 + 16;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="10" y="24" font-size="16" font-weight="700" fill="#1d2430">${escapeXml(title)}</text>`);
  similarity.names.forEach((name, j) => {
    const x = left + j * CELL + CELL / 2;
    out.push(`<text x="${x}" y="${top - 8}" font-size="12" fill="#1d2430" transform="rotate(-45 ${x} ${top - 8})">${escapeXml(label(name))}</text>`);
  });
  similarity.cells.forEach((row, i) => {
    const y = top + i * CELL;
    out.push(`<text x="${left - 8}" y="${y + CELL / 2 + 4}" font-size="12" text-anchor="end" fill="#1d2430">${escapeXml(label(similarity.names[i]))}</text>`);
    row.forEach((cell, j) => {
      const x = left + j * CELL;
      const pct = Math.round(cell.similarity * 100);
      out.push(`<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${heatColor(cell.similarity)}" stroke="#ffffff" stroke-width="2"><title>${escapeXml(`${similarity.names[i]} / ${similarity.names[j]}: ${pct} %`)}</title></rect>`);
      out.push(`<text x="${x + CELL / 2}" y="${y + CELL / 2 + 5}" font-size="14" text-anchor="middle" fill="${heatTextColor(cell.similarity)}">${pct}</text>`);
    });
  });
  // colour scale
  for (let k = 0; k <= 10; k++) out.push(`<rect x="${left + k * 24}" y="${scaleY}" width="24" height="12" fill="${heatColor(k / 10)}"/>`);
  out.push(`<text x="${left - 8}" y="${scaleY + 10}" font-size="11" text-anchor="end" fill="#5a6474">0 %</text>`);
  out.push(`<text x="${left + 11 * 24 + 6}" y="${scaleY + 10}" font-size="11" fill="#5a6474">100 %</text>`);
  explanation.forEach((line, k) => out.push(`<text x="10" y="${textY + k * 16}" font-size="12" fill="#1d2430">${escapeXml(line)}</text>`));
  out.push('</svg>');
  return out.join('\n');
}
