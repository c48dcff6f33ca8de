import type { ProcessSpec } from '../../domain/model/processSpec';
import { assert } from '../../shared/assert';
import { ANNOTATION_WIDTH, LABEL_LINE_HEIGHT, ROW_HEIGHT, externalLabelSize, textWidth } from './layoutConstants';
import type { LayoutGraph } from './layoutGraph';
import type { Bounds, Point } from './layoutTypes';

/** Message flows (vertical, docking at pool bottom and node top/bottom) and their labels. */
export interface MessageFlowGeometry {
  waypoints: Point[][];
  labels: Array<Bounds | undefined>;
}

const MESSAGE_SPREAD = 14;
const DETOUR_INSET = 8;
const DETOUR_ABOVE = 16;

/**
 * Draw each message flow as a vertical line between the black-box pool and the node; several
 * message flows at one node are spread apart so each has its own docking point. Where the straight
 * line would run through another shape, the flow comes down the free gap just left of the node's
 * column (`columnLeftOf` gives the column's left edge) and turns in just above the node.
 */
export function placeMessageFlows(
  spec: ProcessSpec,
  graph: LayoutGraph,
  nodes: Bounds[],
  externals: Bounds[],
  columnLeftOf: (node: number) => number
): MessageFlowGeometry {
  const flows = spec.messageFlows ?? [];
  const externalIndex = new Map((spec.externalParticipants ?? []).map((p, i) => [p.id, i]));
  const ends = flows.map((mf) => {
    const sourceNode = graph.index.get(mf.sourceId);
    const targetNode = graph.index.get(mf.targetId);
    const node = sourceNode ?? targetNode;
    const pool = externalIndex.get(sourceNode === undefined ? mf.sourceId : mf.targetId);
    assert(node !== undefined && pool !== undefined, `message flow ${mf.id} must connect an external pool and a node`);
    assert(sourceNode === undefined || targetNode === undefined, `message flow ${mf.id} connects two nodes of one pool`);
    return { node, pool, fromNode: sourceNode !== undefined };
  });
  const perNode = new Map<number, number[]>();
  ends.forEach((e, i) => perNode.set(e.node, [...(perNode.get(e.node) ?? []), i]));
  const offset = new Array<number>(flows.length).fill(0);
  for (const list of perNode.values()) list.forEach((flow, k) => (offset[flow] = Math.round((k - (list.length - 1) / 2) * MESSAGE_SPREAD)));

  const waypoints = ends.map((e, i) => {
    const b = nodes[e.node];
    const p = externals[e.pool];
    const x = Math.round(b.x + b.width / 2) + offset[i];
    const poolAbove = p.y < b.y;
    const nodeEnd = { x, y: poolAbove ? b.y : b.y + b.height };
    const poolEnd = { x, y: poolAbove ? p.y + p.height : p.y };
    const blocked = nodes.some((o, k) => k !== e.node && o.x < x && o.x + o.width > x && o.y < Math.max(nodeEnd.y, poolEnd.y) && o.y + o.height > Math.min(nodeEnd.y, poolEnd.y));
    let points = [poolEnd, nodeEnd];
    if (blocked) {
      const gx = columnLeftOf(e.node) - DETOUR_INSET;
      const turnY = poolAbove ? b.y - DETOUR_ABOVE : b.y + b.height + DETOUR_ABOVE;
      points = [{ x: gx, y: poolEnd.y }, { x: gx, y: turnY }, { x, y: turnY }, nodeEnd];
    }
    return e.fromNode ? points.reverse() : points;
  });
  const labels = flows.map((mf, i) => {
    if (!mf.name) return undefined;
    const p = externals[ends[i].pool];
    const size = externalLabelSize(mf.name);
    const atPool = ends[i].fromNode ? waypoints[i][waypoints[i].length - 1] : waypoints[i][0];
    return { x: atPool.x + 6, y: p.y + p.height + 8, ...size };
  });
  return { waypoints, labels };
}

/** Text annotations above-right of their node, with the association to the node's top. */
export function placeAnnotations(spec: ProcessSpec, graph: LayoutGraph, nodes: Bounds[], rowCenterOf: (node: number) => number): {
  annotations: Bounds[];
  associations: Point[][];
} {
  const annotations: Bounds[] = [];
  const associations: Point[][] = [];
  for (const a of spec.annotations ?? []) {
    const node = graph.index.get(a.attachedToId);
    assert(node !== undefined, `annotation ${a.id} is attached to unknown node ${a.attachedToId}`);
    const b = nodes[node];
    const lines = Math.max(1, Math.ceil(textWidth(a.text) / (ANNOTATION_WIDTH - 12)));
    const height = Math.min(64, lines * LABEL_LINE_HEIGHT + 12);
    const bottom = rowCenterOf(node) - ROW_HEIGHT / 2 - 22;
    const box = { x: Math.round(b.x + b.width / 2 + 30), y: Math.round(bottom - height), width: ANNOTATION_WIDTH, height };
    annotations.push(box);
    associations.push([
      { x: Math.round(b.x + b.width / 2), y: b.y },
      { x: box.x, y: Math.round(box.y + box.height / 2) }
    ]);
  }
  return { annotations, associations };
}

/** Nodes that carry an annotation (their rows need room above). */
export function annotatedNodes(spec: ProcessSpec, graph: LayoutGraph): Set<number> {
  const out = new Set<number>();
  for (const a of spec.annotations ?? []) {
    const node = graph.index.get(a.attachedToId);
    if (node !== undefined) out.add(node);
  }
  return out;
}
