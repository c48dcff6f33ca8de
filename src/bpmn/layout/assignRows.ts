import type { Layering } from './assignLayers';
import type { LayoutGraph } from './layoutGraph';

/**
 * Rows inside each lane. A flow that skips columns gets a placeholder ("dummy") in every column
 * it crosses, in its source's lane, so that it keeps its own row and never runs through a shape.
 */
export interface RowAssignment {
  /** Items 0..n-1 are the nodes; items from n on are the placeholders of long flows. */
  itemLayer: Int32Array;
  itemLane: Int32Array;
  itemRow: Int32Array;
  /** Placeholder items of each flow, left to right (empty for short and back flows). */
  flowDummies: number[][];
  /** Number of rows per lane (0 for an empty lane). */
  rowCount: number[];
}

/**
 * Give every node and placeholder a row in its lane, column by column from left to right.
 *
 * 1. Each item prefers the row of its predecessor in the same lane; the k-th branch leaving a
 *    node into the same lane prefers k rows further down, so the first branch continues straight.
 * 2. Within a column and lane, items claim rows in order of preference; taken rows push an item
 *    to the next free row below.
 * Joins take the smallest preferred row of their branches, so a path returns to its main line.
 */
export function assignRows(graph: LayoutGraph, layering: Layering): RowAssignment {
  const n = graph.nodes.length;
  const flowCount = graph.source.length;
  const layers: number[] = Array.from(layering.layer);
  const lanes: number[] = Array.from(graph.lane);
  const flowDummies: number[][] = Array.from({ length: flowCount }, () => []);
  const predItem: number[][] = Array.from({ length: n }, () => []);
  const predRank: number[][] = Array.from({ length: n }, () => []);

  // 1. placeholders for long forward flows
  for (let f = 0; f < flowCount; f++) {
    if (layering.isBack[f]) continue;
    const s = graph.source[f];
    const t = graph.target[f];
    for (let l = layering.layer[s] + 1; l < layering.layer[t]; l++) {
      flowDummies[f].push(layers.length);
      layers.push(l);
      lanes.push(lanes[s]);
      predItem.push([]);
      predRank.push([]);
    }
  }

  // 2. predecessor links with the branch rank of each flow at its source
  for (let s = 0; s < n; s++) {
    let rank = 0;
    for (const f of graph.out[s]) {
      if (layering.isBack[f]) continue;
      const dummies = flowDummies[f];
      const first = dummies.length > 0 ? dummies[0] : graph.target[f];
      const sameLane = lanes[first] === lanes[s];
      let prev = s;
      let prevRank = sameLane ? rank : 0;
      for (const d of dummies) {
        predItem[d].push(prev);
        predRank[d].push(prevRank);
        prev = d;
        prevRank = 0;
      }
      predItem[graph.target[f]].push(prev);
      predRank[graph.target[f]].push(prevRank);
      if (sameLane) rank++;
    }
  }

  // 3. column by column
  const itemCount = layers.length;
  const byLayer: number[][] = Array.from({ length: layering.layerCount }, () => []);
  for (let i = 0; i < itemCount; i++) byLayer[layers[i]].push(i);
  const row = new Int32Array(itemCount);
  const preferred = new Int32Array(itemCount);
  const tie = new Float64Array(itemCount);
  const rowCount = new Array<number>(graph.laneCount).fill(0);

  for (const items of byLayer) {
    for (const i of items) {
      let best = Number.MAX_SAFE_INTEGER;
      let bestTie = Number.MAX_SAFE_INTEGER;
      const preds = predItem[i];
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k];
        if (lanes[p] !== lanes[i]) continue;
        const want = row[p] + predRank[i][k];
        if (want < best) best = want;
        const t = row[p] * 64 + predRank[i][k];
        if (t < bestTie) bestTie = t;
      }
      preferred[i] = best === Number.MAX_SAFE_INTEGER ? 0 : best;
      tie[i] = bestTie;
    }
    items.sort((a, b) =>
      lanes[a] - lanes[b] ||
      preferred[a] - preferred[b] ||
      tie[a] - tie[b] ||
      (a < n ? 0 : 1) - (b < n ? 0 : 1) ||
      a - b
    );
    let used = new Set<number>();
    let currentLane = -1;
    for (const i of items) {
      if (lanes[i] !== currentLane) {
        currentLane = lanes[i];
        used = new Set<number>();
      }
      let r = preferred[i];
      while (used.has(r)) r++;
      used.add(r);
      row[i] = r;
      if (r + 1 > rowCount[lanes[i]]) rowCount[lanes[i]] = r + 1;
    }
  }

  return {
    itemLayer: Int32Array.from(layers),
    itemLane: Int32Array.from(lanes),
    itemRow: row,
    flowDummies,
    rowCount
  };
}
