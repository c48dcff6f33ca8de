import type { LayoutGraph } from './layoutGraph';

/** Columns of the left-to-right layout and the flows that run backwards (loops). */
export interface Layering {
  /** Column (layer) per node. */
  layer: Int32Array;
  layerCount: number;
  /** 1 for flows that close a loop and are drawn back to the left. */
  isBack: Uint8Array;
}

/**
 * Assign every node a layer = the longest path from a start, after turning loops into a DAG.
 *
 * 1. A depth-first search from the starts (start events first, then other nodes without incoming
 *    flows, then whatever is left, all in spec order) marks flows into a node on the current
 *    path as back flows.
 * 2. Longest-path layering over the remaining flows in topological order (Kahn).
 * Linear in nodes + flows; deterministic for a given spec order.
 */
export function assignLayers(graph: LayoutGraph): Layering {
  const n = graph.nodes.length;
  const isBack = markBackFlows(graph);

  const indegree = new Int32Array(n);
  for (let f = 0; f < graph.source.length; f++) if (!isBack[f]) indegree[graph.target[f]]++;
  const layer = new Int32Array(n);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head];
    for (const f of graph.out[s]) {
      if (isBack[f]) continue;
      const t = graph.target[f];
      if (layer[s] + 1 > layer[t]) layer[t] = layer[s] + 1;
      if (--indegree[t] === 0) queue.push(t);
    }
  }
  let layerCount = 0;
  for (let i = 0; i < n; i++) if (layer[i] + 1 > layerCount) layerCount = layer[i] + 1;
  return { layer, layerCount, isBack };
}

function markBackFlows(graph: LayoutGraph): Uint8Array {
  const n = graph.nodes.length;
  const isBack = new Uint8Array(graph.source.length);
  // 0 = unvisited, 1 = on the current path, 2 = finished
  const state = new Uint8Array(n);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) if (graph.nodes[i].type === 'bpmn:StartEvent') roots.push(i);
  for (let i = 0; i < n; i++) if (graph.in[i].length === 0 && graph.nodes[i].type !== 'bpmn:StartEvent') roots.push(i);
  for (let i = 0; i < n; i++) roots.push(i);

  const stackNode: number[] = [];
  const stackPos: number[] = [];
  for (const root of roots) {
    if (state[root] !== 0) continue;
    state[root] = 1;
    stackNode.push(root);
    stackPos.push(0);
    while (stackNode.length > 0) {
      const top = stackNode.length - 1;
      const v = stackNode[top];
      const outs = graph.out[v];
      if (stackPos[top] < outs.length) {
        const f = outs[stackPos[top]++];
        const t = graph.target[f];
        if (state[t] === 1) isBack[f] = 1;
        else if (state[t] === 0) {
          state[t] = 1;
          stackNode.push(t);
          stackPos.push(0);
        }
      } else {
        state[v] = 2;
        stackNode.pop();
        stackPos.pop();
      }
    }
  }
  return isBack;
}
