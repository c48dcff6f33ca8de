import type { ActivityAttributes, ProcessAttributes, Waiver } from './gpmAttributes';

/**
 * The process graph: a plain, typed, serialisable view of a BPMN model that every algorithm
 * (matching, KPIs, reports) works on. Built by `src/bpmn/toProcessGraph.ts`; no moddle objects
 * inside, so it crosses worker boundaries and runs in Node.
 */

/** Broad kind of a flow node; `type` keeps the exact BPMN type. */
export type NodeKind =
  | 'task'
  | 'subProcess'
  | 'callActivity'
  | 'startEvent'
  | 'endEvent'
  | 'intermediateEvent'
  | 'boundaryEvent'
  | 'gateway';

export type GatewayKind = 'exclusive' | 'parallel' | 'inclusive' | 'eventBased' | 'complex';

export interface GraphNode {
  /** BPMN element id, unique within the model. */
  id: string;
  /** Exact BPMN type, e.g. `bpmn:UserTask`. */
  type: string;
  kind: NodeKind;
  /** Label with whitespace collapsed; '' when unnamed. */
  name: string;
  /** Process (pool content) the node belongs to. */
  processId: string;
  /** Enclosing expanded sub-process, if any. */
  parentSubProcessId?: string;
  /** Innermost lane, if the process has lanes. */
  laneId?: string;
  gatewayKind?: GatewayKind;
  /** Event definition types without prefix, e.g. ['Message'], [] for none events. */
  eventDefinitions?: string[];
  /** For boundary events: the activity they are attached to. */
  attachedToId?: string;
  incoming: string[];
  outgoing: string[];
  /** Our `gpm:` activity attributes (activities only). */
  attributes?: ActivityAttributes;
  waivers?: Waiver[];
  /** Diagram position (centre), when the model has DI. */
  x?: number;
  y?: number;
}

export interface GraphFlow {
  id: string;
  kind: 'sequence' | 'message';
  sourceId: string;
  targetId: string;
  name: string;
  /** Branch probability in percent (0–100) on flows leaving XOR gateways. */
  probability?: number;
  isDefault?: boolean;
  hasCondition?: boolean;
}

export interface GraphLane {
  id: string;
  name: string;
  processId: string;
  parentLaneId?: string;
  nodeIds: string[];
}

export interface GraphParticipant {
  id: string;
  name: string;
  /** Undefined for black-box pools. */
  processId?: string;
}

export interface GraphProcess {
  id: string;
  name: string;
  /** The pool showing this process, if any. */
  participantId?: string;
  attributes: ProcessAttributes;
}

export interface ProcessGraph {
  /** `bpmn:definitions` id. */
  id: string;
  /** Best display name: collaboration, first pool, or first process name. */
  name: string;
  processes: GraphProcess[];
  participants: GraphParticipant[];
  lanes: GraphLane[];
  nodes: GraphNode[];
  flows: GraphFlow[];
  /** Attributes of the main process (the first one carrying `gpm:processInfo`, else the first). */
  attributes: ProcessAttributes;
  /** Number of elements a user would count: flow nodes, flows, lanes, pools, artefacts. */
  elementCount: number;
  /** True when the model has diagram information (at least one shape); gaps are a lint finding. */
  hasDiagram: boolean;
}

/** Is this node an activity (task, sub-process or call activity)? */
export function isActivity(node: GraphNode): boolean {
  return node.kind === 'task' || node.kind === 'subProcess' || node.kind === 'callActivity';
}
