import type { ActivityAttributes, ProcessAttributes } from './gpmAttributes';

/**
 * A process described without layout: what the SOLL proposal, the blank template, the samples
 * generator and the benchmark generator produce, and what `src/bpmn/layout/` turns into BPMN XML
 * with diagram information (pool, lanes, left-to-right layout). Extend only with optional fields.
 */
export type SpecNodeType =
  | 'bpmn:Task'
  | 'bpmn:UserTask'
  | 'bpmn:ServiceTask'
  | 'bpmn:ManualTask'
  | 'bpmn:SendTask'
  | 'bpmn:ReceiveTask'
  | 'bpmn:BusinessRuleTask'
  | 'bpmn:ScriptTask'
  | 'bpmn:SubProcess'
  | 'bpmn:CallActivity'
  | 'bpmn:StartEvent'
  | 'bpmn:EndEvent'
  | 'bpmn:IntermediateCatchEvent'
  | 'bpmn:IntermediateThrowEvent'
  | 'bpmn:ExclusiveGateway'
  | 'bpmn:ParallelGateway'
  | 'bpmn:InclusiveGateway'
  | 'bpmn:EventBasedGateway';

export interface SpecNode {
  id: string;
  type: SpecNodeType;
  name: string;
  /** Lane id; nodes without a lane go into the first lane. */
  laneId?: string;
  /** Event trigger for events. */
  eventDefinition?: 'message' | 'timer' | 'terminate' | 'error' | 'signal';
  attributes?: ActivityAttributes;
  documentation?: string;
}

export interface SpecFlow {
  id: string;
  sourceId: string;
  targetId: string;
  name?: string;
  /** Branch probability in percent, for flows leaving XOR gateways. */
  probability?: number;
}

export interface SpecLane {
  id: string;
  name: string;
  /** Reference into the organisation's role catalogue (written as `gpm:laneInfo rolleRef`). */
  rolleRef?: string;
}

export interface ProcessSpec {
  /** Process id (`bpmn:process@id`); generated when missing. */
  id?: string;
  name: string;
  /** Pool label; defaults to `name`. */
  participantName?: string;
  attributes?: ProcessAttributes;
  documentation?: string;
  lanes: SpecLane[];
  nodes: SpecNode[];
  flows: SpecFlow[];
  /** Black-box pools of external parties (e.g. "Antragsteller/in"), drawn above the main pool. */
  externalParticipants?: Array<{ id: string; name: string }>;
  /** Message flows between an external participant (by its id) and nodes of the process. */
  messageFlows?: Array<{ id: string; sourceId: string; targetId: string; name?: string }>;
  /** Text annotations attached to nodes. */
  annotations?: Array<{ id: string; text: string; attachedToId: string }>;
}
