import { isActivity, type GraphNode } from '../../model/processGraph';

/**
 * What takes part in matching: every activity, and every labelled message event that is not
 * attached to an activity. A message event is a step other districts draw as a task: one district
 * starts with the message start event „Antrag eingegangen“, another with the task „Antrag
 * entgegennehmen“; one ends with the message end event „Bescheid versandt“, another with
 * „Bescheid versenden“. Such events join steps but never form a step of their own, and an event
 * is never a 1:n part of a step its variant does with an activity.
 */
export type MessageDirection = 'receive' | 'send';

/** The direction of a labelled, free-standing message event; undefined for anything else. */
export function messageDirection(node: GraphNode): MessageDirection | undefined {
  if (!node.name.trim() || !(node.eventDefinitions ?? []).includes('Message')) return undefined;
  switch (node.kind) {
    case 'startEvent':
      return 'receive';
    case 'endEvent':
      return 'send';
    case 'intermediateEvent':
      return node.type === 'bpmn:IntermediateThrowEvent' ? 'send' : 'receive';
    default:
      // boundary events interrupt or accompany an activity: part of that activity, not a step
      return undefined;
  }
}

/** Does the node take part in matching (an activity, or a message event that can stand for one)? */
export function isMatchable(node: GraphNode): boolean {
  return isActivity(node) || messageDirection(node) !== undefined;
}
