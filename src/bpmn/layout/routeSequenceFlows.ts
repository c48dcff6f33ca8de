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
 * take a branch in at its top or bottom — but only where no other shape sits in that column.
 */
export type XRef =
  | { kind: 'node'; node: number; side: 'left' | 'center' | 'right' }
  | { kind: 'gap'; vertical: number };

/** A waypoint whose x is still symbolic. */
export interface RoutePoint {
  x: XRef;
  y: number;
}

/** A vertical segment inside the gap before column `gap`; `slot` is set by `assignGapSlots`. */
export interface GapVertical {
  gap: number;
  y1: number;
  y2: number;
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
  const gapVertical = (gap: number, y1: number, y2: number): XRef => {
    verticals.push({ gap, y1, y2, slot: 0 });
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
  const canLeave = (node: number, atBottom: boolean) => (inSides[node] & side(atBottom)) === 0;
  const canEnter = (node: number, atBottom: boolean) => (outSides[node] & side(atBottom)) === 0;
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
        const v = gapVertical(layering.layer[s] + 1, itemY[s], ch);
        points.push({ x: { kind: 'node', node: s, side: 'right' }, y: itemY[s] }, { x: v, y: itemY[s] }, { x: v, y: ch });
      }
      if (isGateway(t) && s !== t && canEnter(t, ch > itemY[t]) && columnClear(t, ch, itemY[t])) {
        points.push({ x: center(t), y: ch }, { x: center(t), y: ch > itemY[t] ? bottom(t) : top(t) });
        dock(t, ch > itemY[t], true);
      } else {
        const v = gapVertical(layering.layer[t], ch, itemY[t]);
        points.push({ x: v, y: ch }, { x: v, y: itemY[t] }, { x: { kind: 'node', node: t, side: 'left' }, y: itemY[t] });
      }
      routes.push(points);
      continue;
    }

    const items = [s, ...rows.flowDummies[f], t];
    const ys = items.map((i) => itemY[i]);
    const m = items.length;
    const srcVertical =
      isGateway(s) && graph.out[s].length >= 2 && ys[1] !== ys[0] && canLeave(s, ys[1] > ys[0]) && columnClear(s, ys[0], ys[1]);
    const tgtVertical =
      isGateway(t) && graph.in[t].length >= 2 && ys[m - 1] !== ys[m - 2] && !(srcVertical && m === 2) &&
      canEnter(t, ys[m - 2] > ys[m - 1]) && columnClear(t, ys[m - 2], ys[m - 1]);

    if (srcVertical) {
      points.push({ x: center(s), y: ys[1] > ys[0] ? bottom(s) : top(s) }, { x: center(s), y: ys[1] });
      dock(s, ys[1] > ys[0], false);
    } else {
      points.push({ x: { kind: 'node', node: s, side: 'right' }, y: ys[0] });
    }
    for (let i = 0; i < m - 1; i++) {
      if (ys[i] === ys[i + 1]) continue;
      if (i === 0 && srcVertical) continue;
      if (i === m - 2 && tgtVertical) continue;
      const v = gapVertical(rows.itemLayer[items[i]] + 1, ys[i], ys[i + 1]);
      points.push({ x: v, y: ys[i] }, { x: v, y: ys[i + 1] });
    }
    if (tgtVertical) {
      const fromAbove = ys[m - 2] < ys[m - 1];
      points.push({ x: center(t), y: ys[m - 2] }, { x: center(t), y: fromAbove ? top(t) : bottom(t) });
      dock(t, !fromAbove, true);
    } else {
      points.push({ x: { kind: 'node', node: t, side: 'left' }, y: ys[m - 1] });
    }
    routes.push(points);
  }
  return { routes, verticals, dockTop, dockBottom };
}
