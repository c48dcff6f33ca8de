import type { Layering } from './assignLayers';
import type { RowAssignment } from './assignRows';
import {
  ANNOTATION_SPACE,
  CHANNEL_OFFSET,
  CHANNEL_PITCH,
  EXTERNAL_POOL_GAP,
  EXTERNAL_POOL_HEIGHT,
  LANE_MIN_HEIGHT,
  LANE_PAD_BOTTOM,
  LANE_PAD_TOP,
  ORIGIN_Y,
  ROW_GAP,
  ROW_HEIGHT
} from './layoutConstants';
import type { LayoutGraph } from './layoutGraph';

/** Everything vertical: pools, lane bands, row centre lines and loop channels. */
export interface VerticalLayout {
  externalTop: number[];
  poolTop: number;
  poolHeight: number;
  laneTop: number[];
  laneHeight: number[];
  /** Centre line of each row, per lane. */
  rowCenter: number[][];
  /** Centre line of every item (node or placeholder). */
  itemY: Float64Array;
  /** Channel line of each back flow (NaN for other flows). */
  channelY: Float64Array;
}

/**
 * Stack the external pools, then the main pool's lanes in spec order; each lane is as tall as its
 * rows (plus room for annotations above a row and for loop channels below the last row).
 */
export function computeVerticalLayout(
  graph: LayoutGraph,
  layering: Layering,
  rows: RowAssignment,
  externalCount: number,
  annotatedNodes: ReadonlySet<number>
): VerticalLayout {
  const externalTop: number[] = [];
  let y = ORIGIN_Y;
  for (let i = 0; i < externalCount; i++) {
    externalTop.push(y);
    y += EXTERNAL_POOL_HEIGHT + EXTERNAL_POOL_GAP;
  }
  const poolTop = y;

  // rows that carry an annotation get extra room above them
  const annotatedRows: Array<Set<number>> = Array.from({ length: graph.laneCount }, () => new Set());
  for (const node of annotatedNodes) annotatedRows[rows.itemLane[node]].add(rows.itemRow[node]);

  const { channelTrack, channelsPerLane } = assignChannels(graph, layering);

  const laneTop: number[] = [];
  const laneHeight: number[] = [];
  const rowCenter: number[][] = [];
  const channelBase: number[] = [];
  for (let lane = 0; lane < graph.laneCount; lane++) {
    laneTop.push(y);
    const centers: number[] = [];
    let cursor = y + LANE_PAD_TOP;
    for (let r = 0; r < rows.rowCount[lane]; r++) {
      if (annotatedRows[lane].has(r)) cursor += ANNOTATION_SPACE;
      centers.push(cursor + ROW_HEIGHT / 2);
      cursor += ROW_HEIGHT + ROW_GAP;
    }
    rowCenter.push(centers);
    const contentBottom = centers.length > 0 ? centers[centers.length - 1] + ROW_HEIGHT / 2 : y + LANE_PAD_TOP;
    channelBase.push(contentBottom + CHANNEL_OFFSET);
    const channels = channelsPerLane[lane];
    const bottom = channels > 0 ? contentBottom + CHANNEL_OFFSET + (channels - 1) * CHANNEL_PITCH : contentBottom;
    const height = Math.max(LANE_MIN_HEIGHT, bottom + LANE_PAD_BOTTOM - y);
    laneHeight.push(height);
    y += height;
  }

  const itemY = new Float64Array(rows.itemLayer.length);
  for (let i = 0; i < itemY.length; i++) itemY[i] = rowCenter[rows.itemLane[i]][rows.itemRow[i]];
  const channelY = new Float64Array(graph.source.length).fill(Number.NaN);
  for (let f = 0; f < graph.source.length; f++) {
    if (channelTrack[f] >= 0) channelY[f] = channelBase[graph.lane[graph.source[f]]] + channelTrack[f] * CHANNEL_PITCH;
  }

  return { externalTop, poolTop, poolHeight: y - poolTop, laneTop, laneHeight, rowCenter, itemY, channelY };
}

/**
 * Loop channels: each back flow runs in a track below the rows of its source's lane; flows whose
 * column ranges do not touch share a track (greedy interval colouring by leftmost column).
 */
function assignChannels(graph: LayoutGraph, layering: Layering): { channelTrack: Int32Array; channelsPerLane: number[] } {
  const channelTrack = new Int32Array(graph.source.length).fill(-1);
  const channelsPerLane = new Array<number>(graph.laneCount).fill(0);
  const from = (f: number) => layering.layer[graph.target[f]];
  const to = (f: number) => layering.layer[graph.source[f]];
  const backFlows: number[] = [];
  for (let f = 0; f < graph.source.length; f++) if (layering.isBack[f]) backFlows.push(f);
  backFlows.sort((a, b) => from(a) - from(b) || to(a) - to(b) || a - b);
  const trackEnds: number[][] = Array.from({ length: graph.laneCount }, () => []);
  for (const f of backFlows) {
    const lane = graph.lane[graph.source[f]];
    const ends = trackEnds[lane];
    // the flow occupies the gaps from the one before its target to the one after its source
    let track = ends.findIndex((end) => end < from(f));
    if (track < 0) {
      track = ends.length;
      ends.push(0);
    }
    ends[track] = to(f) + 1;
    channelTrack[f] = track;
  }
  trackEnds.forEach((ends, lane) => (channelsPerLane[lane] = ends.length));
  return { channelTrack, channelsPerLane };
}
