import { deviationCsv } from '../domain/compare/export/deviationCsv';
import { matrixCsv } from '../domain/compare/export/matrixCsv';
import type { ComparisonResult } from '../domain/compare/compareVariants';
import { heatmapSvg } from './compareHeatmapSvg';
import { safeFileName } from './modelExporter';
import { pngExporter } from './pngExporter';

/**
 * The downloads of the compare page, one small exporter per file: the matrix and the deviation
 * report as CSV (the domain's Excel-friendly CSV), everything as XLSX, the heatmap as SVG and
 * PNG. The XLSX writer (exceljs) is loaded only when asked for, so it stays out of the page's
 * bundle.
 */
export interface CompareExportInput {
  processName: string;
  result: ComparisonResult;
}

export interface CompareExporter {
  id: 'matrix-csv' | 'deviation-csv' | 'xlsx' | 'heatmap-svg' | 'heatmap-png';
  /** File name suffix (before the extension). */
  suffix: string;
  extension: string;
  mimeType: string;
  /** Needs a SOLL (deviations). */
  needsSoll?: boolean;
  export(input: CompareExportInput): Promise<Blob>;
}

const CSV_MIME = 'text/csv;charset=utf-8';

/** Every compare download. */
export const COMPARE_EXPORTERS: readonly CompareExporter[] = [
  { id: 'matrix-csv', suffix: 'Matrix', extension: 'csv', mimeType: CSV_MIME, export: async ({ result }) => new Blob([matrixCsv(result.matrix)], { type: CSV_MIME }) },
  { id: 'deviation-csv', suffix: 'Abweichungen', extension: 'csv', mimeType: CSV_MIME, needsSoll: true, export: async ({ result }) => new Blob([deviationCsv(result.deviations)], { type: CSV_MIME }) },
  {
    id: 'xlsx',
    suffix: 'Vergleich',
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    export: async ({ processName, result }) => {
      const { compareXlsx, XLSX_MIME } = await import('./compareXlsx');
      const bytes = await compareXlsx({ processName, matrix: result.matrix, deviations: result.deviations, similarity: result.similarity });
      return new Blob([bytes as BlobPart], { type: XLSX_MIME });
    }
  },
  { id: 'heatmap-svg', suffix: 'Ähnlichkeit', extension: 'svg', mimeType: 'image/svg+xml', export: async ({ processName, result }) => new Blob([heatmapSvg(result.similarity, `Ähnlichkeit der Varianten – ${processName}`)], { type: 'image/svg+xml' }) },
  {
    id: 'heatmap-png',
    suffix: 'Ähnlichkeit',
    extension: 'png',
    mimeType: 'image/png',
    export: ({ processName, result }) => pngExporter.export({ xml: '', svg: heatmapSvg(result.similarity, `Ähnlichkeit der Varianten – ${processName}`), baseName: processName })
  }
];

/** The file name of a compare download ("Wohngeld bewilligen – Matrix.csv"). */
export function compareFileName(processName: string, exporter: CompareExporter): string {
  return `${safeFileName(`${processName} – ${exporter.suffix}`)}.${exporter.extension}`;
}
