import type { ProcessSpec, SpecNode } from '../../domain/model/processSpec';
import { assert } from '../../shared/assert';
import { shapeSize, type Size } from './layoutConstants';

/**
 * The spec as an indexed graph: nodes and flows by position, so that every layout step works on
 * integer arrays (the layout must handle 5,000 nodes in a fraction of a second).
 */
export interface LayoutGraph {
  nodes: SpecNode[];
  /** Node index by id. */
  index: Map<string, number>;
  /** Lane index per node (nodes without a known lane go into lane 0). */
  lane: Int32Array;
  laneCount: number;
  size: Size[];
  /** Sequence flows as node index pairs, in spec order. */
  source: Int32Array;
  target: Int32Array;
  /** Flow indices leaving / entering each node, in spec order. */
  out: number[][];
  in: number[][];
}

/** Index a spec's nodes and sequence flows; throws on dangling references (a bug in the caller). */
export function buildLayoutGraph(spec: ProcessSpec): LayoutGraph {
  const index = new Map<string, number>();
  spec.nodes.forEach((n, i) => {
    assert(!index.has(n.id), `duplicate node id ${n.id}`);
    index.set(n.id, i);
  });
  const laneIndex = new Map(spec.lanes.map((l, i) => [l.id, i]));
  const n = spec.nodes.length;
  const lane = new Int32Array(n);
  spec.nodes.forEach((node, i) => {
    lane[i] = node.laneId !== undefined ? laneIndex.get(node.laneId) ?? 0 : 0;
  });
  const out: number[][] = Array.from({ length: n }, () => []);
  const inc: number[][] = Array.from({ length: n }, () => []);
  const source = new Int32Array(spec.flows.length);
  const target = new Int32Array(spec.flows.length);
  spec.flows.forEach((f, i) => {
    const s = index.get(f.sourceId);
    const t = index.get(f.targetId);
    assert(s !== undefined, `flow ${f.id} starts at unknown node ${f.sourceId}`);
    assert(t !== undefined, `flow ${f.id} ends at unknown node ${f.targetId}`);
    source[i] = s;
    target[i] = t;
    out[s].push(i);
    inc[t].push(i);
  });
  return {
    nodes: spec.nodes,
    index,
    lane,
    laneCount: Math.max(1, spec.lanes.length),
    size: spec.nodes.map((node) => shapeSize(node.type)),
    source,
    target,
    out,
    in: inc
  };
}
