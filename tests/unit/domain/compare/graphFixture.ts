import type { ActivityAttributes } from '../../../../src/domain/model/gpmAttributes';
import type { GraphFlow, GraphNode, ProcessGraph } from '../../../../src/domain/model/processGraph';
import type { CompareVariant } from '../../../../src/domain/compare/matching/matchTypes';

/** A step of a fixture: a label, or a label with role (lane) and attributes. */
export type FixtureStep =
  | string
  | { label: string; role?: string; it?: string[]; medium?: ActivityAttributes['medium']; id?: string; event?: FixtureEvent };

/**
 * A step drawn as an event instead of a task: a message start event (first step only, replaces the
 * blank start), message end event (last step only, replaces the blank end), intermediate message
 * catch or throw event, or an intermediate timer event.
 */
export type FixtureEvent = 'messageStart' | 'messageEnd' | 'messageCatch' | 'messageThrow' | 'timer';

const EVENT_NODES: Record<FixtureEvent, { kind: GraphNode['kind']; type: string; definitions: string[] }> = {
  messageStart: { kind: 'startEvent', type: 'bpmn:StartEvent', definitions: ['Message'] },
  messageEnd: { kind: 'endEvent', type: 'bpmn:EndEvent', definitions: ['Message'] },
  messageCatch: { kind: 'intermediateEvent', type: 'bpmn:IntermediateCatchEvent', definitions: ['Message'] },
  messageThrow: { kind: 'intermediateEvent', type: 'bpmn:IntermediateThrowEvent', definitions: ['Message'] },
  timer: { kind: 'intermediateEvent', type: 'bpmn:IntermediateCatchEvent', definitions: ['Timer'] }
};

/**
 * A linear process graph for tests: start → steps → end in one pool; steps with a `role` go into
 * a lane of that name. Ids are `T1`, `T2` … unless given.
 */
export function linearGraph(name: string, steps: FixtureStep[], options: { pools?: FixtureStep[][]; modellart?: 'IST' | 'SOLL' } = {}): ProcessGraph {
  const nodes: GraphNode[] = [];
  const flows: GraphFlow[] = [];
  const lanes: ProcessGraph['lanes'] = [];
  const processes: ProcessGraph['processes'] = [];
  const participants: ProcessGraph['participants'] = [];
  const pools = options.pools ?? [steps];
  let taskNo = 0;
  pools.forEach((poolSteps, p) => {
    const processId = `P${p + 1}`;
    participants.push({ id: `Pool${p + 1}`, name: pools.length > 1 ? `${name} ${p + 1}` : name, processId });
    processes.push({ id: processId, name, participantId: `Pool${p + 1}`, attributes: {} });
    const chain: GraphNode[] = [];
    const node = (id: string, kind: GraphNode['kind'], type: string, label: string, x: number): GraphNode => ({
      id, kind, type, name: label, processId, incoming: [], outgoing: [], x, y: 100 + p * 300
    });
    const eventOf = (s: FixtureStep | undefined) => (typeof s === 'string' || !s ? undefined : s.event);
    if (eventOf(poolSteps[0]) !== 'messageStart') chain.push(node(`S${p + 1}`, 'startEvent', 'bpmn:StartEvent', '', 0));
    poolSteps.forEach((s, i) => {
      const step = typeof s === 'string' ? { label: s } : s;
      const ev = step.event ? EVENT_NODES[step.event] : undefined;
      const n = ev
        ? { ...node(step.id ?? `Ev${p + 1}_${i + 1}`, ev.kind, ev.type, step.label, 100 * (i + 1)), eventDefinitions: ev.definitions }
        : node(step.id ?? `T${++taskNo}`, 'task', 'bpmn:UserTask', step.label, 100 * (i + 1));
      if (typeof s !== 'string' && step.id && !ev) taskNo++;
      const attributes: ActivityAttributes = {};
      if (step.it) attributes.itSysteme = step.it;
      if (step.medium) attributes.medium = step.medium;
      if (Object.keys(attributes).length) n.attributes = attributes;
      if (step.role) {
        let lane = lanes.find((l) => l.name === step.role && l.processId === processId);
        if (!lane) {
          lane = { id: `L${lanes.length + 1}`, name: step.role, processId, nodeIds: [] };
          lanes.push(lane);
        }
        lane.nodeIds.push(n.id);
        n.laneId = lane.id;
      }
      chain.push(n);
    });
    if (eventOf(poolSteps[poolSteps.length - 1]) !== 'messageEnd') chain.push(node(`E${p + 1}`, 'endEvent', 'bpmn:EndEvent', '', 100 * (poolSteps.length + 1)));
    for (let i = 1; i < chain.length; i++) {
      const f: GraphFlow = { id: `F${p + 1}_${i}`, kind: 'sequence', sourceId: chain[i - 1].id, targetId: chain[i].id, name: '' };
      flows.push(f);
      chain[i - 1].outgoing.push(f.id);
      chain[i].incoming.push(f.id);
    }
    nodes.push(...chain);
  });
  return {
    id: `Def_${name}`,
    name,
    processes,
    participants,
    lanes,
    nodes,
    flows,
    attributes: options.modellart ? { modellart: options.modellart } : {},
    elementCount: nodes.length + flows.length,
    hasDiagram: true
  };
}

/** A comparison variant from a linear graph (id = name). */
export function variant(name: string, steps: FixtureStep[], options: { pools?: FixtureStep[][]; modellart?: 'IST' | 'SOLL' } = {}): CompareVariant {
  return { id: name, name, graph: linearGraph(name, steps, options), modellart: options.modellart };
}
