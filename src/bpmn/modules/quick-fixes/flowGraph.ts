/**
 * Small reads over a BPMN moddle tree shared by the structural quick fixes: the flow container
 * of an element, its flow nodes, and their sequence-flow neighbours.
 */
import type { ModdleElement } from '../../moddle';

const is = (e: ModdleElement | undefined, type: string): boolean => !!e && (e.$instanceOf ? e.$instanceOf(type) : e.$type === type);

/** Sequence flows leaving / entering a flow node. */
export const outgoingFlows = (node: ModdleElement): ModdleElement[] => ((node.outgoing as ModdleElement[] | undefined) ?? []).filter((f) => is(f, 'bpmn:SequenceFlow'));
export const incomingFlows = (node: ModdleElement): ModdleElement[] => ((node.incoming as ModdleElement[] | undefined) ?? []).filter((f) => is(f, 'bpmn:SequenceFlow'));

/** The process or sub-process whose flow elements a finding's element stands for (pool → its process). */
export function flowContainer(element: ModdleElement): ModdleElement | undefined {
  if (is(element, 'bpmn:Participant')) return element.processRef as ModdleElement | undefined;
  if (is(element, 'bpmn:Process') || is(element, 'bpmn:SubProcess')) return element;
  return undefined;
}

/** Flow nodes directly inside a container. */
export function flowNodesOf(container: ModdleElement): ModdleElement[] {
  return ((container.flowElements as ModdleElement[] | undefined) ?? []).filter((e) => is(e, 'bpmn:FlowNode'));
}

/** True for nodes that need no sequence flow in or out by their nature (event sub-processes, compensation). */
export function isOutsideNormalFlow(node: ModdleElement): boolean {
  if (is(node, 'bpmn:SubProcess') && node.triggeredByEvent) return true;
  if (node.isForCompensation) return true;
  const defs = (node.eventDefinitions as ModdleElement[] | undefined) ?? [];
  return is(node, 'bpmn:BoundaryEvent') && defs.some((d) => is(d, 'bpmn:CompensateEventDefinition'));
}

/** Flow nodes where the flow ends without an end event: no outgoing sequence flow and not an end event. */
export function danglingNodes(container: ModdleElement): ModdleElement[] {
  return flowNodesOf(container).filter((n) => !is(n, 'bpmn:EndEvent') && !isOutsideNormalFlow(n) && outgoingFlows(n).length === 0);
}

/** Flow nodes where the flow starts without a start event: no incoming sequence flow and not a start or boundary event. */
export function unreachedNodes(container: ModdleElement): ModdleElement[] {
  return flowNodesOf(container).filter(
    (n) => !is(n, 'bpmn:StartEvent') && !is(n, 'bpmn:BoundaryEvent') && !isOutsideNormalFlow(n) && incomingFlows(n).length === 0
  );
}

export { is as isType };
