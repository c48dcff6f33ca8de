/**
 * Where a finding sits in the open diagram: the shape to mark and select, and the moddle element
 * that carries a waiver for it. Findings name BPMN element ids; some of them have no shape of
 * their own (a process drawn as a pool, the whole model).
 */
import type { ModdleElement } from '../../moddle';
import type { Canvas, DiagramElement, ElementRegistry } from './diagramTypes';

/** The canvas element and the waiver holder of one finding's element id. */
export interface FindingTarget {
  /** The shape/connection to mark, select and scroll to; the root element for model-level findings. */
  element?: DiagramElement;
  /** The BPMN element with this id (holds `gpm:waiver`); the process/collaboration for model-level findings. */
  businessObject?: ModdleElement;
  /** True when the finding is about the whole model (no element of its own on the canvas). */
  modelLevel: boolean;
}

/** The definitions a diagram element belongs to. */
function definitionsOf(element: ModdleElement | undefined): ModdleElement | undefined {
  let current = element;
  while (current && current.$type !== 'bpmn:Definitions') current = current.$parent;
  return current;
}

/**
 * Resolve an element id: a shape or connection of that id; else a pool showing the process of
 * that id; else the model root (the definitions' or the root element's id).
 */
export function resolveFindingElement(registry: ElementRegistry, canvas: Canvas, elementId: string): FindingTarget {
  const direct = registry.get(elementId);
  const root = canvas.getRootElement();
  if (direct && !direct.labelTarget) {
    return { element: direct, businessObject: direct.businessObject, modelLevel: direct === root };
  }
  const pool = registry.find((e) => !e.labelTarget && (e.businessObject?.processRef as ModdleElement | undefined)?.id === elementId);
  if (pool) return { element: pool, businessObject: pool.businessObject.processRef as ModdleElement, modelLevel: false };
  const definitions = definitionsOf(root?.businessObject);
  if (root && definitions && definitions.id === elementId) return { element: root, businessObject: root.businessObject, modelLevel: true };
  return { modelLevel: false };
}
