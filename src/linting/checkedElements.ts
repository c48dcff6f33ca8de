/**
 * The elements a model is checked on — the denominator of the compliance score: everything a
 * finding can be about (flow nodes, flows, pools, lanes, data, annotations) plus the model itself.
 * Diagram (DI) elements, definitions of messages/signals and extension data are not counted.
 */
import type { ModdleElement } from '../bpmn/moddle';

/** The BPMN types counted as checked elements. */
export const CHECKED_TYPES: readonly string[] = [
  'bpmn:FlowNode',
  'bpmn:SequenceFlow',
  'bpmn:MessageFlow',
  'bpmn:Participant',
  'bpmn:Lane',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
  'bpmn:TextAnnotation'
];

/** True when the element counts as a checked element. */
export function isCheckedElement(element: ModdleElement): boolean {
  if (typeof element.$instanceOf !== 'function') return false;
  for (const type of CHECKED_TYPES) if (element.$instanceOf(type)) return true;
  return false;
}

/** Number of checked elements among `elements`, plus one for the model as a whole. */
export function countCheckedElements(elements: Iterable<ModdleElement>): number {
  // the answer depends on the type only: test once per moddle type (generic elements by name)
  const byType = new Map<unknown, boolean>();
  let n = 1;
  for (const element of elements) {
    const descriptor = (element as { $descriptor?: { isGeneric?: boolean } }).$descriptor;
    const key = descriptor && !descriptor.isGeneric ? descriptor : element.$type;
    let checked = byType.get(key);
    if (checked === undefined) {
      checked = isCheckedElement(element);
      byType.set(key, checked);
    }
    if (checked) n++;
  }
  return n;
}
