import { MODEL_EXPORTERS } from '../../../export/registry';
import { safeFileName } from '../../../export/modelExporter';
import type { ModelerHandle } from './ModelerCanvas';
import { downloadBlob } from './downloadBlob';

/** Export the open model in one of the registered formats and download it. */
export async function exportModel(handle: ModelerHandle, exporterId: string, baseName: string): Promise<void> {
  const exporter = MODEL_EXPORTERS.find((e) => e.id === exporterId);
  if (!exporter) throw new Error(`Unbekanntes Exportformat ${exporterId}`);
  const { xml } = await handle.modeler.saveXML({ format: true });
  const svg = exporter.needsSvg ? (await handle.modeler.saveSVG()).svg : undefined;
  const blob = await exporter.export({ xml: xml ?? '', svg, baseName });
  downloadBlob(blob, `${safeFileName(baseName)}.${exporter.extension}`);
}
