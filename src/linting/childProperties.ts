/**
 * The properties of a moddle type that hold contained child elements — exactly the ones
 * bpmnlint's `traverse` descends into (not attributes, not references, not simple types).
 *
 * bpmnlint filters `descriptor.properties` again for every element it visits, once per rule;
 * we compute the list once per descriptor. A WeakMap keeps no moddle instance alive.
 */
import type { ModdleElement } from '../bpmn/moddle';

/** A property that may contain child elements. */
export interface ChildProperty {
  name: string;
  isMany: boolean;
}

interface PropertyDescriptor {
  name: string;
  type: string;
  isAttr?: boolean;
  isReference?: boolean;
  isMany?: boolean;
}

interface TypeDescriptor {
  isGeneric?: boolean;
  properties: PropertyDescriptor[];
}

const SIMPLE_TYPES = new Set(['String', 'Boolean', 'Integer', 'Real']);
const NONE: readonly ChildProperty[] = [];
const cache = new WeakMap<object, readonly ChildProperty[]>();

/** The child-holding properties of an element's type (empty for generic elements). */
export function childProperties(element: ModdleElement): readonly ChildProperty[] {
  const descriptor = (element as { $descriptor?: TypeDescriptor }).$descriptor;
  if (!descriptor || descriptor.isGeneric) return NONE;
  let list = cache.get(descriptor);
  if (!list) {
    list = descriptor.properties
      .filter((p) => !p.isAttr && !p.isReference && !SIMPLE_TYPES.has(p.type))
      .map((p) => ({ name: p.name, isMany: !!p.isMany }));
    cache.set(descriptor, list);
  }
  return list;
}
