/**
 * An exporter turns the open model into a file. One file per format, one line in `registry.ts`.
 */
export interface ModelExportInput {
  /** Formatted BPMN XML of the model. */
  xml: string;
  /** SVG of the diagram (from bpmn-js `saveSVG`), when the exporter needs it. */
  svg?: string;
  /** File name without extension, e.g. "Wohngeld – IST Bezirksamt Neukölln". */
  baseName: string;
}

export interface ModelExporter {
  id: string;
  /** Menu label (German). */
  label: string;
  extension: string;
  mimeType: string;
  needsSvg: boolean;
  /** Browser-only exporters (canvas) say so; the CLI skips them. */
  browserOnly?: boolean;
  export(input: ModelExportInput): Promise<Blob>;
}

/** A file name safe on Windows, macOS and Linux, keeping German letters. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120);
  return cleaned || 'prozessmodell';
}
