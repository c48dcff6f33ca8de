import { bpmnExporter } from './bpmnExporter';
import type { ModelExporter } from './modelExporter';
import { pngExporter } from './pngExporter';
import { svgExporter } from './svgExporter';

/** All model exporters, in menu order. A new format: one exporter file and one line here. */
export const MODEL_EXPORTERS: ModelExporter[] = [bpmnExporter, svgExporter, pngExporter];
