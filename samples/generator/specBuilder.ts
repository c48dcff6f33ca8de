import type { ActivityAttributes, ProcessAttributes } from '../../src/domain/model/gpmAttributes';
import type { ProcessSpec, SpecNode, SpecNodeType } from '../../src/domain/model/processSpec';

/** Name, pool, Steckbrief and lanes of a sample process. */
export interface SpecHeader {
  id: string;
  name: string;
  participantName: string;
  documentation?: string;
  attributes: ProcessAttributes;
  /** Lane key → lane name (and role reference), in drawing order (top to bottom). */
  lanes: Record<string, string | { name: string; rolleRef: string }>;
}

type NodeOptions = { documentation?: string; eventDefinition?: SpecNode['eventDefinition'] };

/**
 * A small builder that keeps the sample specs readable: lanes by short key, nodes by id, flows
 * written as chains, the applicant as black-box pool. `build()` returns a plain `ProcessSpec`.
 */
export class SpecBuilder {
  private readonly spec: ProcessSpec;
  private flowCount = 0;
  private messageCount = 0;

  constructor(header: SpecHeader) {
    this.spec = {
      id: header.id,
      name: header.name,
      participantName: header.participantName,
      documentation: header.documentation,
      attributes: header.attributes,
      lanes: Object.entries(header.lanes).map(([key, lane]) =>
        typeof lane === 'string' ? { id: `Lane_${key}`, name: lane } : { id: `Lane_${key}`, name: lane.name, rolleRef: lane.rolleRef }),
      nodes: [],
      flows: []
    };
  }

  private node(type: SpecNodeType, id: string, name: string, lane: string, extra: Partial<SpecNode> = {}): this {
    if (!this.spec.lanes.some((l) => l.id === `Lane_${lane}`)) throw new Error(`unknown lane ${lane} for ${id}`);
    this.spec.nodes.push({ id, type, name, laneId: `Lane_${lane}`, ...extra });
    return this;
  }

  /** A start event (message start when `eventDefinition` is set). */
  start(id: string, name: string, lane: string, options: NodeOptions = {}): this {
    return this.node('bpmn:StartEvent', id, name, lane, options);
  }

  /** An end event (message end when `eventDefinition` is set). */
  end(id: string, name: string, lane: string, options: NodeOptions = {}): this {
    return this.node('bpmn:EndEvent', id, name, lane, options);
  }

  /** An intermediate catch event (message or timer). */
  catchEvent(id: string, name: string, lane: string, eventDefinition: 'message' | 'timer'): this {
    return this.node('bpmn:IntermediateCatchEvent', id, name, lane, { eventDefinition });
  }

  /** A task (untyped unless `options.type` says otherwise) with its `gpm:` attributes. */
  task(id: string, name: string, lane: string, attributes?: ActivityAttributes, options: { type?: SpecNodeType; documentation?: string } = {}): this {
    return this.node(options.type ?? 'bpmn:Task', id, name, lane, { attributes, documentation: options.documentation });
  }

  /** An exclusive gateway; an empty name leaves it unlabelled. */
  xor(id: string, name: string, lane: string): this {
    return this.node('bpmn:ExclusiveGateway', id, name, lane);
  }

  /** A parallel gateway (never labelled). */
  and(id: string, lane: string): this {
    return this.node('bpmn:ParallelGateway', id, '', lane);
  }

  /** Unlabelled sequence flows along a chain of node ids. */
  chain(...ids: string[]): this {
    for (let i = 1; i < ids.length; i++) this.flow(ids[i - 1], ids[i]);
    return this;
  }

  /** One sequence flow, optionally with a label and a branch probability (percent). */
  flow(sourceId: string, targetId: string, name?: string, probability?: number): this {
    this.flowCount += 1;
    this.spec.flows.push({
      id: `Flow_${this.flowCount}`,
      sourceId,
      targetId,
      ...(name !== undefined ? { name } : {}),
      ...(probability !== undefined ? { probability } : {})
    });
    return this;
  }

  /** A black-box pool of an external party. */
  external(id: string, name: string): this {
    (this.spec.externalParticipants ??= []).push({ id, name });
    return this;
  }

  /** A message flow between an external pool and a node (either direction). */
  message(sourceId: string, targetId: string, name?: string): this {
    this.messageCount += 1;
    (this.spec.messageFlows ??= []).push({ id: `MessageFlow_${this.messageCount}`, sourceId, targetId, ...(name ? { name } : {}) });
    return this;
  }

  /** A text annotation attached to a node. */
  annotate(id: string, attachedToId: string, text: string): this {
    (this.spec.annotations ??= []).push({ id, attachedToId, text });
    return this;
  }

  /** The finished spec; throws when a flow names an unknown node. */
  build(): ProcessSpec {
    const ids = new Set(this.spec.nodes.map((n) => n.id));
    for (const f of this.spec.flows) {
      if (!ids.has(f.sourceId) || !ids.has(f.targetId)) throw new Error(`flow ${f.id} ${f.sourceId} → ${f.targetId} has an unknown end`);
    }
    return this.spec;
  }
}

/** Shorthand for activity attributes: role, IT systems, medium, processing and idle time (minutes). */
export function work(
  rolle: string,
  itSysteme: string[] | 'ohne IT',
  medium: ActivityAttributes['medium'],
  bearbeitungszeit: number,
  liegezeit: number,
  extra: ActivityAttributes = {}
): ActivityAttributes {
  return {
    rolle,
    ...(itSysteme === 'ohne IT' ? { ohneIT: true } : { itSysteme }),
    medium,
    bearbeitungszeit,
    liegezeit,
    ...extra
  };
}

/** Minutes in a calendar day (Liegezeiten are waiting times in calendar minutes). */
export const DAY = 24 * 60;
