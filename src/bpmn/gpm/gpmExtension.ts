import type { ModdleElement, Moddle } from '../moddle';

/**
 * Access to our `gpm:` extension elements inside `bpmn:extensionElements`. Foreign extension
 * elements (camunda:, signavio:, …) in the same container are never touched.
 */

export type GpmType = 'gpm:ProcessInfo' | 'gpm:ActivityInfo' | 'gpm:FlowInfo' | 'gpm:LaneInfo' | 'gpm:AnnotationInfo' | 'gpm:Waiver';

function values(element: ModdleElement): ModdleElement[] {
  const ext = element.extensionElements as ModdleElement | undefined;
  return ((ext?.values as ModdleElement[] | undefined) ?? []);
}

/** The first extension element of a type, if present. */
export function getGpm(element: ModdleElement, type: GpmType): ModdleElement | undefined {
  return values(element).find((v) => v.$type === type);
}

/** All extension elements of a type (waivers may occur several times). */
export function getAllGpm(element: ModdleElement, type: GpmType): ModdleElement[] {
  return values(element).filter((v) => v.$type === type);
}

/** The extension element of a type, created (with its container) when missing. */
export function ensureGpm(moddle: Pick<Moddle, 'create'>, element: ModdleElement, type: GpmType): ModdleElement {
  const existing = getGpm(element, type);
  if (existing) return existing;
  let ext = element.extensionElements as ModdleElement | undefined;
  if (!ext) {
    ext = moddle.create('bpmn:ExtensionElements', { values: [] });
    ext.$parent = element;
    element.extensionElements = ext;
  }
  if (!ext.values) ext.values = [];
  const created = moddle.create(type);
  created.$parent = ext;
  (ext.values as ModdleElement[]).push(created);
  return created;
}
