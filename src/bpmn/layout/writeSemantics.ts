import type { ProcessSpec, SpecNode } from '../../domain/model/processSpec';
import { assert } from '../../shared/assert';
import { ensureGpm } from '../gpm/gpmExtension';
import type { Moddle, ModdleElement } from '../moddle';
import { writeActivityAttributes, writeFlowProbability, writeProcessAttributes } from './writeGpmAttributes';

/** The semantic BPMN elements of a spec, index-aligned with the spec's arrays. */
export interface SemanticElements {
  definitions: ModdleElement;
  collaboration: ModdleElement;
  participant: ModdleElement;
  process: ModdleElement;
  lanes: ModdleElement[];
  externals: ModdleElement[];
  nodes: ModdleElement[];
  flows: ModdleElement[];
  messageFlows: ModdleElement[];
  annotations: ModdleElement[];
  associations: ModdleElement[];
  /** Every id in use, so that diagram ids can be checked against them. */
  ids: Set<string>;
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

const EVENT_DEFINITIONS: Record<NonNullable<SpecNode['eventDefinition']>, string> = {
  message: 'bpmn:MessageEventDefinition',
  timer: 'bpmn:TimerEventDefinition',
  terminate: 'bpmn:TerminateEventDefinition',
  error: 'bpmn:ErrorEventDefinition',
  signal: 'bpmn:SignalEventDefinition'
};

const ACTIVITY_TYPES = new Set<string>([
  'bpmn:Task', 'bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:ManualTask', 'bpmn:SendTask', 'bpmn:ReceiveTask',
  'bpmn:BusinessRuleTask', 'bpmn:ScriptTask', 'bpmn:SubProcess', 'bpmn:CallActivity'
]);

/**
 * Build the semantic tree: definitions → collaboration (main pool + black-box pools, message
 * flows) and the process (lanes, flow nodes, sequence flows, annotations) with `gpm:` attributes.
 * Ids come from the spec; the few generated ids derive from the process id, so output is stable.
 */
export function writeSemantics(moddle: Moddle, spec: ProcessSpec): SemanticElements {
  const processId = spec.id ?? 'Process_1';
  const ids = new Set<string>();
  const claim = (id: string): string => {
    assert(NCNAME.test(id), `"${id}" is not a valid XML id`);
    assert(!ids.has(id), `id "${id}" is used twice`);
    ids.add(id);
    return id;
  };
  const create = (type: string, attrs: Record<string, unknown>, parent?: ModdleElement): ModdleElement => {
    const element = moddle.create(type, attrs);
    if (parent) element.$parent = parent;
    return element;
  };
  const documentation = (element: ModdleElement, text: string | undefined) => {
    if (text) element.documentation = [create('bpmn:Documentation', { text }, element)];
  };

  const definitions = create('bpmn:Definitions', {
    id: claim(`Definitions_${processId}`),
    targetNamespace: 'http://bpmn.io/schema/bpmn',
    exporter: 'GPM Workbench',
    exporterVersion: '0.1.0'
  });
  const process = create('bpmn:Process', { id: claim(processId), name: spec.name, isExecutable: false }, definitions);
  documentation(process, spec.documentation);
  writeProcessAttributes(moddle, process, spec.attributes);
  const collaboration = create('bpmn:Collaboration', { id: claim(`Collaboration_${processId}`) }, definitions);
  const participant = create('bpmn:Participant', {
    id: claim(`Participant_${processId}`),
    name: spec.participantName ?? spec.name,
    processRef: process
  }, collaboration);
  const externals = (spec.externalParticipants ?? []).map((p) => create('bpmn:Participant', { id: claim(p.id), name: p.name }, collaboration));

  const byId = new Map<string, ModdleElement>();
  const nodes = spec.nodes.map((node) => {
    const element = create(node.type, { id: claim(node.id), name: node.name || undefined }, process);
    if (node.eventDefinition) {
      element.eventDefinitions = [create(EVENT_DEFINITIONS[node.eventDefinition], { id: claim(`${node.id}_ed`) }, element)];
    }
    documentation(element, node.documentation);
    if (ACTIVITY_TYPES.has(node.type)) writeActivityAttributes(moddle, element, node.attributes);
    element.incoming = [];
    element.outgoing = [];
    byId.set(node.id, element);
    return element;
  });
  const flows = spec.flows.map((flow) => {
    const source = byId.get(flow.sourceId);
    const target = byId.get(flow.targetId);
    assert(source && target, `flow ${flow.id} connects unknown nodes`);
    const element = create('bpmn:SequenceFlow', { id: claim(flow.id), name: flow.name || undefined, sourceRef: source, targetRef: target }, process);
    writeFlowProbability(moddle, element, flow.probability);
    (source.outgoing as ModdleElement[]).push(element);
    (target.incoming as ModdleElement[]).push(element);
    return element;
  });

  const laneNodes = spec.lanes.map(() => [] as ModdleElement[]);
  const laneIndex = new Map(spec.lanes.map((l, i) => [l.id, i]));
  spec.nodes.forEach((node, i) => {
    if (spec.lanes.length) laneNodes[node.laneId !== undefined ? laneIndex.get(node.laneId) ?? 0 : 0].push(nodes[i]);
  });
  const lanes = spec.lanes.map((lane, i) => {
    const element = create('bpmn:Lane', { id: claim(lane.id), name: lane.name, flowNodeRef: laneNodes[i] });
    if (lane.rolleRef) ensureGpm(moddle, element, 'gpm:LaneInfo').rolleRef = lane.rolleRef;
    return element;
  });
  if (lanes.length) {
    const laneSet = create('bpmn:LaneSet', { id: claim(`LaneSet_${processId}`), lanes }, process);
    lanes.forEach((l) => (l.$parent = laneSet));
    process.laneSets = [laneSet];
  }

  const externalById = new Map((spec.externalParticipants ?? []).map((p, i) => [p.id, externals[i]]));
  const endOf = (id: string) => byId.get(id) ?? externalById.get(id);
  const messageFlows = (spec.messageFlows ?? []).map((mf) => {
    const source = endOf(mf.sourceId);
    const target = endOf(mf.targetId);
    assert(source && target, `message flow ${mf.id} connects unknown elements`);
    return create('bpmn:MessageFlow', { id: claim(mf.id), name: mf.name || undefined, sourceRef: source, targetRef: target }, collaboration);
  });

  const annotations = (spec.annotations ?? []).map((a) => create('bpmn:TextAnnotation', { id: claim(a.id), text: a.text }, process));
  const associations = (spec.annotations ?? []).map((a, i) => {
    const source = byId.get(a.attachedToId);
    assert(source, `annotation ${a.id} is attached to unknown node ${a.attachedToId}`);
    return create('bpmn:Association', {
      id: claim(`${a.id}_association`),
      sourceRef: source,
      targetRef: annotations[i],
      associationDirection: 'None'
    }, process);
  });

  process.flowElements = [...nodes, ...flows];
  if (annotations.length) process.artifacts = [...annotations, ...associations];
  collaboration.participants = [participant, ...externals];
  if (messageFlows.length) collaboration.messageFlows = messageFlows;
  definitions.rootElements = [collaboration, process];

  return { definitions, collaboration, participant, process, lanes, externals, nodes, flows, messageFlows, annotations, associations, ids };
}
