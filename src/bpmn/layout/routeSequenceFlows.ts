import type { Layering } from './assignLayers';
import type { RowAssignment } from './assignRows';
import type { VerticalLayout } from './computeVerticalLayout';
import { isGatewayType } from './layoutConstants';
import type { LayoutGraph } from './layoutGraph';

/**
 * Orthogonal routes of the sequence flows, with x still symbolic: column widths depend on how many
 * vertical segments share a gap, so routes name a node side or a vertical segment in a gap, and
 * `resolveRoutes` turns them into coordinates once the columns are placed.
 *
 * Docking policy (Berlin/Stuttgart style): flows leave tasks and events on the right and enter on
 * the left; a splitting gateway may send a branch out of its top or bottom, a joining gateway may
 * take a branch in at its top or bottom — one flow per corner (the furthest branch), straight to
 * its row where the column is free, else in a short turn just below/above the gateway.
 */

/** Where a waypoint's x comes from: a side of a node, or a vertical segment in a gap. */
export type XRef =
  | { kind: 'node'; node: number; side: 'left' | 'center' | 'right' }
  | { kind: 'gap'; vertical: number };

/** A waypoint whose x is still symbolic. */
export interface RoutePoint {
  x: XRef;
  y: number;
}

/**
 * A vertical segment inside the gap before column `gap`, from `y1` to `y2`. A forward segment is
 * entered from the left at `y1` and left to the right at `y2`; a loop leaving its source enters and
 * leaves on the left (`leftLeft`), a loop reaching its target on the right (`rightRight`).
 * `slot` is set by `assignGapSlots`.
 */
export interface GapVertical {
  gap: number;
  y1: number;
  y2: number;
  kind: 'forward' | 'leftLeft' | 'rightRight';
  slot: number;
}

/** The routes of all sequence flows before the columns are placed. */
export interface SymbolicRoutes {
  /** Route per sequence flow, in spec order. */
  routes: RoutePoint[][];
  verticals: GapVertical[];
  /** Gateways with a flow docked at their top / bottom (labels go elsewhere). */
  dockTop: Uint8Array;
  dockBottom: Uint8Array;
}

const CLEARANCE = 8;
/** How far below/above a gateway's centre a short turn runs (inside the gap between two rows). */
const TURN_DISTANCE = 52;

/** Route every sequence flow through the rows, placeholders and loop channels. */
export function routeSequenceFlows(
  graph: LayoutGraph,
  layering: Layering,
  rows: RowAssignment,
  vertical: VerticalLayout
): SymbolicRoutes {
  const n = graph.nodes.length;
  const { itemY } = vertical;
  const verticals: GapVertical[] = [];
  const dockTop = new Uint8Array(n);
  const dockBottom = new Uint8Array(n);
  const byLayer: number[][] = Array.from({ length: layering.layerCount }, () => []);
  for (let i = 0; i < n; i++) byLayer[layering.layer[i]].push(i);

  const top = (i: number) => itemY[i] - graph.size[i].height / 2;
  const bottom = (i: number) => itemY[i] + graph.size[i].height / 2;
  const isGateway = (i: number) => isGatewayType(graph.nodes[i].type);
  /** No shape other than `self` in the node's column between two heights. */
  const columnClear = (self: number, ya: number, yb: number): boolean => {
    const lo = Math.min(ya, yb) - CLEARANCE;
    const hi = Math.max(ya, yb) + CLEARANCE;
    for (const other of byLayer[layering.layer[self]]) {
      if (other !== self && top(other) < hi && bottom(other) > lo) return false;
    }
    return true;
  };
  const gapVertical = (gap: number, y1: number, y2: number, kind: GapVertical['kind'] = 'forward'): XRef => {
    verticals.push({ gap, y1, y2, kind, slot: 0 });
    return { kind: 'gap', vertical: verticals.length - 1 };
  };
  // sides (1 = top, 2 = bottom) already used by incoming / outgoing flows: a joining-and-splitting
  // gateway must not take a branch in and send one out through the same corner
  const inSides = new Uint8Array(n);
  const outSides = new Uint8Array(n);
  const side = (atBottom: boolean) => (atBottom ? 2 : 1);
  const dock = (node: number, atBottom: boolean, incoming: boolean) => {
    (atBottom ? dockBottom : dockTop)[node] = 1;
    (incoming ? inSides : outSides)[node] |= side(atBottom);
  };
  // a corner carries one flow only: shared trunks read as one line
  const canLeave = (node: number, atBottom: boolean) => ((inSides[node] | outSides[node]) & side(atBottom)) === 0;
  const canEnter = canLeave;
  const { leavesVertically, entersVertically } = pickVerticalFlows(graph, layering, rows, itemY);
  const center = (node: number): XRef => ({ kind: 'node', node, side: 'center' });

  const routes: RoutePoint[][] = [];
  for (let f = 0; f < graph.source.length; f++) {
    const s = graph.source[f];
    const t = graph.target[f];
    const points: RoutePoint[] = [];

    if (layering.isBack[f]) {
      // loop: down into the channel below the source's rows, back left, up into the target
      const ch = vertical.channelY[f];
      if (isGateway(s) && s !== t && canLeave(s, ch > itemY[s]) && columnClear(s, itemY[s], ch)) {
        points.push({ x: center(s), y: ch > itemY[s] ? bottom(s) : top(s) }, { x: center(s), y: ch });
        dock(s, ch > itemY[s], false);
      } else {
        const v = gapVertical(layering.layer[s] + 1, itemY[s], ch, 'leftLeft');
        points.push({ x: { kind: 'node', node: s, side: 'right' }, y: itemY[s] }, { x: v, y: itemY[s] }, { x: v, y: ch });
      }
      if (isGateway(t) && s !== t && canEnter(t, ch > itemY[t]) && columnClear(t, ch, itemY[t])) {
        points.push({ x: center(t), y: ch }, { x: center(t), y: ch > itemY[t] ? bottom(t) : top(t) });
        dock(t, ch > itemY[t], true);
      } else {
        const v = gapVertical(layering.layer[t], ch, itemY[t], 'rightRight');
        points.push({ x: v, y: ch }, { x: v, y: itemY[t] }, { x: { kind: 'node', node: t, side: 'left' }, y: itemY[t] });
      }
      routes.push(points);
      continue;
    }

    const items = [s, ...rows.flowDummies[f], t];
    const ys = items.map((i) => itemY[i]);
    const m = items.length;

    // how the flow leaves a splitting gateway: straight down/up to its row, a short turn just
    // below/above the gateway into the next gap (when the column is taken further away), or right
    let srcDock: 'right' | 'vertical' | 'short' = 'right';
    const down = ys[1] > ys[0];
    const srcTurn = ys[0] + (down ? 1 : -1) * TURN_DISTANCE;
    if (isGateway(s) && leavesVertically[f] && canLeave(s, down)) {
      if (columnClear(s, ys[0], ys[1])) srcDock = 'vertical';
      else if (columnClear(s, ys[0], srcTurn)) srcDock = 'short';
    }
    // and how it enters a joining gateway, likewise
    let tgtDock: 'left' | 'vertical' | 'short' = 'left';
    const fromBelow = ys[m - 2] > ys[m - 1];
    const tgtTurn = ys[m - 1] + (fromBelow ? 1 : -1) * TURN_DISTANCE;
    if (isGateway(t) && entersVertically[f] && !(srcDock !== 'right' && m === 2) && canEnter(t, fromBelow)) {
      if (columnClear(t, ys[m - 2], ys[m - 1])) tgtDock = 'vertical';
      else if (columnClear(t, ys[m - 1], tgtTurn)) tgtDock = 'short';
    }

    if (srcDock === 'right') {
      points.push({ x: { kind: 'node', node: s, side: 'right' }, y: ys[0] });
    } else {
      points.push({ x: center(s), y: down ? bottom(s) : top(s) });
      dock(s, down, false);
      const turnY = srcDock === 'vertical' ? ys[1] : srcTurn;
      points.push({ x: center(s), y: turnY });
      if (srcDock === 'short') {
        const v = gapVertical(layering.layer[s] + 1, srcTurn, ys[1]);
        points.push({ x: v, y: srcTurn }, { x: v, y: ys[1] });
      }
    }
    for (let i = 0; i < m - 1; i++) {
      if (ys[i] === ys[i + 1]) continue;
      if (i === 0 && srcDock !== 'right') continue;
      if (i === m - 2 && tgtDock !== 'left') continue;
      const v = gapVertical(rows.itemLayer[items[i]] + 1, ys[i], ys[i + 1]);
      points.push({ x: v, y: ys[i] }, { x: v, y: ys[i + 1] });
    }
    if (tgtDock === 'left') {
      points.push({ x: { kind: 'node', node: t, side: 'left' }, y: ys[m - 1] });
    } else {
      if (tgtDock === 'short') {
        const v = gapVertical(layering.layer[t], ys[m - 2], tgtTurn);
        points.push({ x: v, y: ys[m - 2] }, { x: v, y: tgtTurn });
      }
      points.push({ x: center(t), y: tgtDock === 'vertical' ? ys[m - 2] : tgtTurn });
      points.push({ x: center(t), y: fromBelow ? bottom(t) : top(t) });
      dock(t, fromBelow, true);
    }
    routes.push(points);
  }
  return { routes, verticals, dockTop, dockBottom };
}

/**
 * Per gateway side, the one flow allowed to use the top or bottom corner: of the branches leaving
 * a split downwards (upwards), the one going furthest; of those entering a join from below
 * (above), the one coming from furthest. The nearer ones use the right/left side, so that no two
 * flows share a trunk and the far one does not cross the near one.
 */
function pickVerticalFlows(graph: LayoutGraph, layering: Layering, rows: RowAssignment, itemY: Float64Array): {
  leavesVertically: Uint8Array;
  entersVertically: Uint8Array;
} {
  const flowCount = graph.source.length;
  const leavesVertically = new Uint8Array(flowCount);
  const entersVertically = new Uint8Array(flowCount);
  const firstY = (f: number) => itemY[rows.flowDummies[f][0] ?? graph.target[f]];
  const lastY = (f: number) => {
    const d = rows.flowDummies[f];
    return itemY[d.length ? d[d.length - 1] : graph.source[f]];
  };
  const pick = (flows: number[], ownY: number, yOf: (f: number) => number, mark: Uint8Array) => {
    let below = -1;
    let above = -1;
    for (const f of flows) {
      if (layering.isBack[f]) continue;
      const y = yOf(f);
      if (y > ownY && (below < 0 || y > yOf(below))) below = f;
      if (y < ownY && (above < 0 || y < yOf(above))) above = f;
    }
    if (below >= 0) mark[below] = 1;
    if (above >= 0) mark[above] = 1;
  };
  for (let i = 0; i < graph.nodes.length; i++) {
    if (!isGatewayType(graph.nodes[i].type)) continue;
    if (graph.out[i].length >= 2) pick(graph.out[i], itemY[i], firstY, leavesVertically);
    if (graph.in[i].length >= 2) pick(graph.in[i], itemY[i], lastY, entersVertically);
  }
  return { leavesVertically, entersVertically };
}
