import { describe, expect, it } from 'vitest';
import { layoutProcess } from '../../../../src/bpmn/layout/layoutProcess';
import type { ProcessSpec, SpecNodeType } from '../../../../src/domain/model/processSpec';

/** One lane; nodes from "A>B" edges; ids ending in G are XOR gateways, S is the start, E the end. */
function spec(edges: string[]): ProcessSpec {
  const ids = [...new Set(edges.flatMap((e) => e.split('>')))];
  const type = (id: string): SpecNodeType =>
    id === 'S' ? 'bpmn:StartEvent' : id === 'E' ? 'bpmn:EndEvent' : id.endsWith('G') ? 'bpmn:ExclusiveGateway' : 'bpmn:Task';
  return {
    name: 'Test',
    lanes: [{ id: 'L', name: 'Sachbearbeitung' }],
    nodes: ids.map((id) => ({ id, type: type(id), name: id.endsWith('G') ? `${id}?` : id, laneId: 'L' })),
    flows: edges.map((e, i) => ({ id: `F${i}`, sourceId: e.split('>')[0], targetId: e.split('>')[1] }))
  };
}

/** The lowest y of a flow's waypoints: the channel it runs in (for loops). */
function channelOf(s: ProcessSpec, edge: string): number {
  const layout = layoutProcess(s);
  const i = s.flows.findIndex((f) => `${f.sourceId}>${f.targetId}` === edge);
  return Math.max(...layout.flows[i].map((p) => p.y));
}

describe('loop channels', () => {
  it('should let two loops one after the other share one channel', () => {
    // given two consecutive rework loops in one lane
    const s = spec(['S>M1G', 'M1G>P1', 'P1>D1G', 'D1G>R1', 'R1>M1G', 'D1G>X', 'X>Y', 'Y>M2G', 'M2G>P2', 'P2>D2G', 'D2G>R2', 'R2>M2G', 'D2G>E']);

    // then both run back in the same channel, below every shape
    const layout = layoutProcess(s);
    expect(channelOf(s, 'R1>M1G')).toBe(channelOf(s, 'R2>M2G'));
    const lowestShape = Math.max(...layout.nodes.map((b) => b.y + b.height));
    expect(channelOf(s, 'R1>M1G')).toBeGreaterThan(lowestShape);
  });

  it('should give nested loops separate channels', () => {
    // given an inner loop inside an outer loop
    const s = spec(['S>M1G', 'M1G>M2G', 'M2G>P', 'P>D2G', 'D2G>R2', 'R2>M2G', 'D2G>D1G', 'D1G>R1', 'R1>M1G', 'D1G>E']);

    // then the two loop-back flows run in different channels
    expect(channelOf(s, 'R1>M1G')).not.toBe(channelOf(s, 'R2>M2G'));
  });
});
