import type { ModelExporter } from './modelExporter';

/** `.bpmn`: the formatted BPMN 2.0 XML, foreign extensions untouched. */
export const bpmnExporter: ModelExporter = {
  id: 'bpmn',
  label: 'BPMN-Datei (.bpmn)',
  extension: 'bpmn',
  mimeType: 'application/xml',
  needsSvg: false,
  export: async ({ xml }) => new Blob([xml], { type: 'application/xml;charset=utf-8' })
};
