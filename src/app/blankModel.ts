import { blankTemplateXml } from '../bpmn/templates/blankTemplate';

/** The blank model of a new variant (template from `src/bpmn/templates/`), dated today. */
export function createBlankModel(input: { processName: string; organisationseinheit: string; modellart: 'IST' | 'SOLL'; prozessschluessel?: string }): Promise<string> {
  return blankTemplateXml({ ...input, stand: new Date().toISOString().slice(0, 10) });
}
