import type {
  GatewayKind,
  GraphFlow,
  GraphLane,
  GraphNode,
  GraphParticipant,
  GraphProcess,
  NodeKind,
  ProcessGraph
} from '../domain/model/processGraph';
import type { ProcessAttributes } from '../domain/model/gpmAttributes';
import type { ModdleElement } from './moddle';
import { readActivityAttributes, readFlowProbability, readProcessAttributes, readWaivers } from './gpm/readGpmAttributes';

/**
 * Convert a moddle `bpmn:Definitions` tree into a plain `ProcessGraph`.
 * Pure and synchronous: runs in Node, the main thread and workers.
 */

const GATEWAY_KINDS: Record<string, GatewayKind> = {
  'bpmn:ExclusiveGateway': 'exclusive',
  'bpmn:ParallelGateway': 'parallel',
  'bpmn:InclusiveGateway': 'inclusive',
  'bpmn:EventBasedGateway': 'eventBased',
  'bpmn:ComplexGateway': 'complex'
};

const ACTIVITY_TYPES = new Set([
  'bpmn:Task', 'bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:ManualTask', 'bpmn:ScriptTask',
  'bpmn:BusinessRuleTask', 'bpmn:SendTask', 'bpmn:ReceiveTask'
]);

/** Collapse whitespace and line breaks of a label. */
export function cleanLabel(name: unknown): string {
  return typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
}

function nodeKind(type: string): NodeKind | undefined {
  if (ACTIVITY_TYPES.has(type)) return 'task';
  if (type === 'bpmn:SubProcess' || type === 'bpmn:Transaction' || type === 'bpmn:AdHocSubProcess') return 'subProcess';
  if (type === 'bpmn:CallActivity') return 'callActivity';
  if (type === 'bpmn:StartEvent') return 'startEvent';
  if (type === 'bpmn:EndEvent') return 'endEvent';
  if (type === 'bpmn:IntermediateCatchEvent' || type === 'bpmn:IntermediateThrowEvent') return 'intermediateEvent';
  if (type === 'bpmn:BoundaryEvent') return 'boundaryEvent';
  if (type in GATEWAY_KINDS) return 'gateway';
  return undefined;
}

const ARTIFACT_TYPES = new Set([
  'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:TextAnnotation', 'bpmn:Group', 'bpmn:Association'
]);

/** Build the process graph of a parsed model. */
export function toProcessGraph(definitions: ModdleElement): ProcessGraph {
  const nodes: GraphNode[] = [];
  const flows: GraphFlow[] = [];
  const lanes: GraphLane[] = [];
  const participants: GraphParticipant[] = [];
  const processes: GraphProcess[] = [];
  let artifactCount = 0;
  let collaborationName = '';
  let collaborationAttributes: ProcessAttributes | undefined;

  const rootElements = (definitions.rootElements as ModdleElement[] | undefined) ?? [];

  // 1. DI positions: bpmnElement id → centre
  const positions = new Map<string, { x: number; y: number }>();
  for (const diagram of (definitions.diagrams as ModdleElement[] | undefined) ?? []) {
    const plane = diagram.plane as ModdleElement | undefined;
    for (const pe of (plane?.planeElement as ModdleElement[] | undefined) ?? []) {
      const ref = pe.bpmnElement as ModdleElement | undefined;
      const b = pe.bounds as { x: number; y: number; width: number; height: number } | undefined;
      if (ref?.id && b) positions.set(ref.id, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
    }
  }

  // 2. participants and message flows
  const participantByProcess = new Map<string, GraphParticipant>();
  for (const root of rootElements) {
    if (root.$type !== 'bpmn:Collaboration') continue;
    collaborationName = cleanLabel(root.name);
    collaborationAttributes = readProcessAttributes(root);
    for (const p of (root.participants as ModdleElement[] | undefined) ?? []) {
      const processRef = p.processRef as ModdleElement | undefined;
      const gp: GraphParticipant = { id: String(p.id), name: cleanLabel(p.name), processId: processRef?.id as string | undefined };
      participants.push(gp);
      if (processRef?.id) participantByProcess.set(processRef.id as string, gp);
    }
    for (const mf of (root.messageFlows as ModdleElement[] | undefined) ?? []) {
      const s = mf.sourceRef as ModdleElement | undefined;
      const t = mf.targetRef as ModdleElement | undefined;
      if (!s?.id || !t?.id) continue;
      flows.push({ id: String(mf.id), kind: 'message', sourceId: s.id as string, targetId: t.id as string, name: cleanLabel(mf.name) });
    }
    artifactCount += ((root.artifacts as ModdleElement[] | undefined) ?? []).length;
  }

  // 3. processes, their lanes and flow elements
  const laneOfNode = new Map<string, string>();
  const visitLanes = (laneSet: ModdleElement | undefined, processId: string, parentLaneId?: string) => {
    for (const lane of (laneSet?.lanes as ModdleElement[] | undefined) ?? []) {
      const refs = ((lane.flowNodeRef as ModdleElement[] | undefined) ?? []).map((r) => r.id as string).filter(Boolean);
      lanes.push({ id: String(lane.id), name: cleanLabel(lane.name), processId, parentLaneId, nodeIds: refs });
      for (const id of refs) laneOfNode.set(id, String(lane.id)); // innermost lane wins (children visited later)
      visitLanes(lane.childLaneSet as ModdleElement | undefined, processId, String(lane.id));
    }
  };

  const visitFlowElements = (container: ModdleElement, processId: string, parentSubProcessId?: string) => {
    for (const el of (container.flowElements as ModdleElement[] | undefined) ?? []) {
      const type = el.$type;
      if (type === 'bpmn:SequenceFlow') {
        const s = el.sourceRef as ModdleElement | undefined;
        const t = el.targetRef as ModdleElement | undefined;
        if (!s?.id || !t?.id) continue;
        const src = s as ModdleElement;
        flows.push({
          id: String(el.id),
          kind: 'sequence',
          sourceId: src.id as string,
          targetId: t.id as string,
          name: cleanLabel(el.name),
          probability: readFlowProbability(el),
          isDefault: (src.default as ModdleElement | undefined) === el || undefined,
          hasCondition: el.conditionExpression ? true : undefined
        });
        continue;
      }
      const kind = nodeKind(type);
      if (!kind) {
        if (ARTIFACT_TYPES.has(type) || type === 'bpmn:DataObject') artifactCount += type === 'bpmn:DataObject' ? 0 : 1;
        continue;
      }
      const pos = positions.get(String(el.id));
      const node: GraphNode = {
        id: String(el.id),
        type,
        kind,
        name: cleanLabel(el.name),
        processId,
        parentSubProcessId,
        incoming: [],
        outgoing: [],
        x: pos?.x,
        y: pos?.y
      };
      if (kind === 'gateway') node.gatewayKind = GATEWAY_KINDS[type];
      if (kind.endsWith('Event')) {
        node.eventDefinitions = ((el.eventDefinitions as ModdleElement[] | undefined) ?? []).map((d) => d.$type.replace(/^bpmn:/, '').replace(/EventDefinition$/, ''));
      }
      if (kind === 'boundaryEvent') node.attachedToId = (el.attachedToRef as ModdleElement | undefined)?.id as string | undefined;
      if (kind === 'task' || kind === 'subProcess' || kind === 'callActivity') {
        const attrs = readActivityAttributes(el);
        if (attrs) node.attributes = attrs;
      }
      const waivers = readWaivers(el);
      if (waivers.length) node.waivers = waivers;
      nodes.push(node);
      if (kind === 'subProcess') visitFlowElements(el, processId, String(el.id));
    }
    artifactCount += ((container.artifacts as ModdleElement[] | undefined) ?? []).length;
  };

  for (const root of rootElements) {
    if (root.$type !== 'bpmn:Process') continue;
    const processId = String(root.id);
    const participant = participantByProcess.get(processId);
    processes.push({
      id: processId,
      name: cleanLabel(root.name) || participant?.name || '',
      participantId: participant?.id,
      attributes: readProcessAttributes(root) ?? {}
    });
    for (const ls of (root.laneSets as ModdleElement[] | undefined) ?? []) visitLanes(ls, processId);
    visitFlowElements(root, processId);
  }

  // 4. wire flows to nodes, lanes to nodes
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const f of flows) {
    if (f.kind !== 'sequence') continue;
    byId.get(f.sourceId)?.outgoing.push(f.id);
    byId.get(f.targetId)?.incoming.push(f.id);
  }
  for (const n of nodes) {
    const lane = laneOfNode.get(n.id);
    if (lane) n.laneId = lane;
  }

  // 5. names and attributes of the whole model
  const main = processes.find((p) => Object.keys(p.attributes).length > 0) ?? processes[0];
  const attributes: ProcessAttributes = { ...(collaborationAttributes ?? {}), ...(main?.attributes ?? {}) };
  const firstPool = participants.find((p) => p.processId && p.name);
  const name = collaborationName || firstPool?.name || main?.name || '';

  // Partial DI (collapsed sub-process content, global processes in MIWG B.1.0) still renders;
  // only a model without any shape cannot be drawn. Gaps are the `no-bpmndi` rule's business.
  const hasDiagram = positions.size > 0;

  return {
    id: String(definitions.id ?? ''),
    name,
    processes,
    participants,
    lanes,
    nodes,
    flows,
    attributes,
    elementCount: nodes.length + flows.length + lanes.length + participants.length + artifactCount,
    hasDiagram
  };
}
