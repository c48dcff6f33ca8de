import type { Layering } from './assignLayers';
import { MARGIN_GAP, MIN_GAP, ORIGIN_X, POOL_LABEL_BAND, SLOT_SPACING } from './layoutConstants';
import type { LayoutGraph } from './layoutGraph';
import type { Point } from './layoutTypes';
import type { GapVertical, RoutePoint, XRef } from './routeSequenceFlows';

/** Horizontal placement: where each column and each gap starts. */
export interface Columns {
  colX: number[];
  colWidth: number[];
  gapLeft: number[];
  gapWidth: number[];
  /** Right edge of the last gap (the content's right margin). */
  right: number;
}

/**
 * Place the columns left to right. Gap g lies before column g (gap 0 is the left margin, the last
 * gap the right margin); it is wide enough for its vertical segments (`slots`) and for the labels
 * of flows that leave the previous column horizontally (`minGap`).
 */
export function placeColumns(graph: LayoutGraph, layering: Layering, slots: number[], minGap: number[]): Columns {
  const L = layering.layerCount;
  const colWidth = new Array<number>(L).fill(0);
  for (let i = 0; i < graph.nodes.length; i++) {
    const l = layering.layer[i];
    if (graph.size[i].width > colWidth[l]) colWidth[l] = graph.size[i].width;
  }
  const gapWidth: number[] = [];
  for (let g = 0; g <= L; g++) {
    const base = g === 0 || g === L ? MARGIN_GAP : MIN_GAP;
    gapWidth.push(Math.max(base, (slots[g] + 1) * SLOT_SPACING, minGap[g] ?? 0));
  }
  const colX: number[] = [];
  const gapLeft: number[] = [];
  let x = ORIGIN_X + POOL_LABEL_BAND;
  for (let l = 0; l < L; l++) {
    gapLeft.push(x);
    x += gapWidth[l];
    colX.push(x);
    x += colWidth[l];
  }
  gapLeft.push(x);
  x += gapWidth[L];
  return { colX, colWidth, gapLeft, gapWidth, right: x };
}

/** Left edge of every node: centred in its column. */
export function nodeXs(graph: LayoutGraph, layering: Layering, columns: Columns): number[] {
  return graph.nodes.map((_, i) => {
    const l = layering.layer[i];
    return columns.colX[l] + Math.round((columns.colWidth[l] - graph.size[i].width) / 2);
  });
}

/** Turn symbolic routes into coordinates. */
export function resolveRoutes(
  routes: RoutePoint[][],
  verticals: GapVertical[],
  slots: number[],
  columns: Columns,
  nodeX: number[],
  graph: LayoutGraph
): Point[][] {
  const xOf = (ref: XRef): number => {
    if (ref.kind === 'gap') {
      const v = verticals[ref.vertical];
      const count = slots[v.gap];
      return columns.gapLeft[v.gap] + Math.round(((v.slot + 1) * columns.gapWidth[v.gap]) / (count + 1));
    }
    const w = graph.size[ref.node].width;
    const left = nodeX[ref.node];
    return ref.side === 'left' ? left : ref.side === 'right' ? left + w : left + Math.round(w / 2);
  };
  return routes.map((points) => dedupe(points.map((p) => ({ x: xOf(p.x), y: Math.round(p.y) }))));
}

/** Drop repeated points (a bend of zero length). */
function dedupe(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || last.x !== p.x || last.y !== p.y) out.push(p);
  }
  return out;
}
