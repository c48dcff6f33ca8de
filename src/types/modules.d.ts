// Ambient declarations for libraries without their own types.
declare module 'bpmn-moddle' {
  export const BpmnModdle: new (extensions?: Record<string, unknown>) => unknown;
}
declare module 'bpmn-js-i18n/translations/de.js' {
  const translations: Record<string, string>;
  export default translations;
}
declare module 'bpmn-auto-layout' {
  export function layoutProcess(xml: string): Promise<string>;
}
declare module 'bpmn-js-differ' {
  export function diff(a: unknown, b: unknown): {
    _added: Record<string, unknown>;
    _removed: Record<string, unknown>;
    _changed: Record<string, { model: unknown; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
    _layoutChanged: Record<string, unknown>;
  };
}
declare module 'diagram-js-minimap';
declare module 'bpmnlint-plugin-gpm';
declare module 'bpmnlint-plugin-gpm/*';
declare module 'bpmnlint/rules/*';
declare module 'bpmnlint/lib/linter';
declare module 'bpmnlint-utils';
declare module '@bpmn-io/properties-panel';
declare module '@bpmn-io/properties-panel/preact';
declare module 'bpmn-js-properties-panel';
