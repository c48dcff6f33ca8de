import { externalLabelSize, isEventType, isGatewayType } from './layoutConstants';
import type { LayoutGraph } from './layoutGraph';
import type { Bounds, Point } from './layoutTypes';

const LABEL_DISTANCE = 5;

/**
 * External labels of named events (below the shape) and gateways (above, as the question is read
 * before the branches; below or beside when flows dock at the top).
 */
export function placeNodeLabels(
  graph: LayoutGraph,
  nodes: Bounds[],
  dockTop: Uint8Array,
  dockBottom: Uint8Array
): Array<Bounds | undefined> {
  return graph.nodes.map((node, i) => {
    if (!node.name || !(isEventType(node.type) || isGatewayType(node.type))) return undefined;
    const b = nodes[i];
    const size = externalLabelSize(node.name);
    const cx = b.x + b.width / 2;
    const centred = Math.round(cx - size.width / 2);
    const above = { x: centred, y: b.y - LABEL_DISTANCE - size.height, ...size };
    const below = { x: centred, y: b.y + b.height + LABEL_DISTANCE, ...size };
    if (isEventType(node.type)) return dockBottom[i] ? above : below;
    if (!dockTop[i]) return above;
    if (!dockBottom[i]) return below;
    return { x: b.x + b.width + 2, y: b.y - size.height, ...size };
  });
}

/**
 * Label of a named flow above its first horizontal segment, next to where that segment starts:
 * branches that leave a gateway through one shared vertical trunk thus get separate labels.
 */
export function placeFlowLabel(name: string | undefined, waypoints: Point[]): Bounds | undefined {
  if (!name || waypoints.length < 2) return undefined;
  const size = externalLabelSize(name);
  const [p0, p1] = waypoints;
  if (p0.y === p1.y) return { x: p0.x + 6, y: p0.y - 4 - size.height, ...size };
  const p2 = waypoints[2];
  if (!p2) return { x: p0.x + 6, y: Math.round((p0.y + p1.y) / 2 - size.height / 2), ...size };
  const x = p2.x < p1.x ? p1.x - 6 - size.width : p1.x + 6;
  return { x, y: p1.y - 4 - size.height, ...size };
}

/**
 * Move labels that would cover an earlier label (e.g. two branches leaving one point) by their
 * height in `direction` (-1 up, +1 down), a few times at most. Mutates and returns the labels.
 */
export function separateLabels(labels: Array<Bounds | undefined>, direction: -1 | 1): Array<Bounds | undefined> {
  // placed labels bucketed by 128-px columns, so each check looks at neighbours only
  const buckets = new Map<number, Bounds[]>();
  const cells = (b: Bounds) => {
    const out: number[] = [];
    for (let c = Math.floor(b.x / 128); c <= Math.floor((b.x + b.width) / 128); c++) out.push(c);
    return out;
  };
  const hits = (b: Bounds) =>
    cells(b).some((c) => (buckets.get(c) ?? []).some((o) => b.x < o.x + o.width && o.x < b.x + b.width && b.y < o.y + o.height && o.y < b.y + b.height));
  for (const label of labels) {
    if (!label) continue;
    for (let tries = 0; tries < 4 && hits(label); tries++) label.y += direction * (label.height + 2);
    for (const c of cells(label)) {
      const bucket = buckets.get(c);
      if (bucket) bucket.push(label);
      else buckets.set(c, [label]);
    }
  }
  return labels;
}
