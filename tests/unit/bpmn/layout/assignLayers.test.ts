import { describe, expect, it } from 'vitest';
import { assignLayers } from '../../../../src/bpmn/layout/assignLayers';
import { buildLayoutGraph } from '../../../../src/bpmn/layout/layoutGraph';
import type { ProcessSpec, SpecNodeType } from '../../../../src/domain/model/processSpec';

/** A spec from "A>B" edge strings; A is a start event, names ending in G are XOR gateways. */
function spec(edges: string[]): ProcessSpec {
  const ids = [...new Set(edges.flatMap((e) => e.split('>')))];
  const type = (id: string): SpecNodeType => (id === 'A' ? 'bpmn:StartEvent' : id.endsWith('G') ? 'bpmn:ExclusiveGateway' : 'bpmn:Task');
  return {
    name: 'Test',
    lanes: [],
    nodes: ids.map((id) => ({ id, type: type(id), name: id })),
    flows: edges.map((e, i) => ({ id: `F${i}`, sourceId: e.split('>')[0], targetId: e.split('>')[1] }))
  };
}

function layers(edges: string[]) {
  const s = spec(edges);
  const graph = buildLayoutGraph(s);
  const result = assignLayers(graph);
  return {
    layerOf: Object.fromEntries(s.nodes.map((n, i) => [n.id, result.layer[i]])),
    back: s.flows.filter((_, i) => result.isBack[i]).map((f) => `${f.sourceId}>${f.targetId}`),
    count: result.layerCount
  };
}

describe('assignLayers', () => {
  it('should place each node one column after its longest path from the start', () => {
    // given a split where one branch is longer
    const r = layers(['A>SG', 'SG>B', 'SG>C', 'C>D', 'B>JG', 'D>JG', 'JG>E']);

    // then the join waits for the longer branch
    expect(r.layerOf).toEqual({ A: 0, SG: 1, B: 2, C: 2, D: 3, JG: 4, E: 5 });
    expect(r.back).toEqual([]);
    expect(r.count).toBe(6);
  });

  it('should detect the flow that closes a rework loop and keep the loop body left to right', () => {
    // given merge → check → decision → rework → back to merge
    const r = layers(['A>MG', 'MG>P', 'P>DG', 'DG>E', 'DG>R', 'R>MG']);

    // then only R>MG runs back and the columns follow the flow
    expect(r.back).toEqual(['R>MG']);
    expect(r.layerOf).toMatchObject({ A: 0, MG: 1, P: 2, DG: 3, E: 4, R: 4 });
  });

  it('should handle a cycle that no start reaches and a self-loop without hanging', () => {
    // given an unreachable two-node cycle and a self-loop
    const r = layers(['A>B', 'B>B', 'X>Y', 'Y>X']);

    // then one flow per cycle is a back flow and every node has a column
    expect(r.back.sort()).toEqual(['B>B', 'Y>X']);
    expect(r.layerOf).toEqual({ A: 0, B: 1, X: 0, Y: 1 });
  });
});
