import type { ProcessSpec } from '../../domain/model/processSpec';
import { assignLayers } from './assignLayers';
import { assignRows } from './assignRows';
import { computeVerticalLayout } from './computeVerticalLayout';
import { EXTERNAL_POOL_HEIGHT, MIN_POOL_WIDTH, ORIGIN_X, externalLabelSize } from './layoutConstants';
import { buildLayoutGraph } from './layoutGraph';
import type { Bounds, ProcessLayout } from './layoutTypes';
import { annotatedNodes, placeAnnotations, placeMessageFlows } from './placeArtifacts';
import { nodeXs, placeColumns, resolveRoutes } from './placeColumns';
import { placeFlowLabel, placeNodeLabels, separateLabels } from './placeLabels';
import { assignGapSlots } from './assignGapSlots';
import { routeSequenceFlows } from './routeSequenceFlows';

/**
 * Lay out a process spec left to right in one pool with horizontal lanes (spec order) and the
 * external black-box pools above it. Pure and deterministic: the same spec gives the same layout.
 *
 * 1. layers: longest path from the starts, loops detected and drawn back;
 * 2. rows within each lane, with placeholders for flows that skip columns;
 * 3. vertical coordinates: lane bands sized to their rows, loop channels;
 * 4. symbolic orthogonal routes, then gap slots for vertical segments;
 * 5. columns (x), resolved routes, labels, message flows and annotations.
 */
export function layoutProcess(spec: ProcessSpec): ProcessLayout {
  const graph = buildLayoutGraph(spec);
  const layering = assignLayers(graph);
  const rows = assignRows(graph, layering);
  const externals = spec.externalParticipants ?? [];
  const annotated = annotatedNodes(spec, graph);
  const vertical = computeVerticalLayout(graph, layering, rows, externals.length, annotated);
  const symbolic = routeSequenceFlows(graph, layering, rows, vertical);
  const gapCount = layering.layerCount + 1;
  const slots = assignGapSlots(symbolic.verticals, gapCount);

  // flows that leave a column horizontally with a label need room for it in the next gap
  const minGap = new Array<number>(gapCount).fill(0);
  spec.flows.forEach((flow, f) => {
    const route = symbolic.routes[f];
    if (!flow.name || route.length < 2 || route[0].y !== route[1].y || layering.isBack[f]) return;
    const gap = layering.layer[graph.source[f]] + 1;
    minGap[gap] = Math.max(minGap[gap], externalLabelSize(flow.name).width + 30);
  });

  const columns = placeColumns(graph, layering, slots, minGap);
  const xs = nodeXs(graph, layering, columns);
  const nodes: Bounds[] = graph.nodes.map((_, i) => {
    const { width, height } = graph.size[i];
    return { x: xs[i], y: Math.round(vertical.itemY[i] - height / 2), width, height };
  });
  const flows = resolveRoutes(symbolic.routes, symbolic.verticals, slots, columns, xs, graph);
  const flowLabels = separateLabels(spec.flows.map((flow, f) => placeFlowLabel(flow.name, flows[f])), -1);
  const nodeLabels = placeNodeLabels(graph, nodes, symbolic.dockTop, symbolic.dockBottom);
  const { annotations, associations } = placeAnnotations(spec, graph, nodes, (i) => vertical.itemY[i]);

  const externalBounds = externals.map((_, i) => ({ x: ORIGIN_X, y: vertical.externalTop[i], width: 0, height: EXTERNAL_POOL_HEIGHT }));
  const messages = placeMessageFlows(spec, graph, nodes, externalBounds, (i) => columns.colX[layering.layer[i]]);
  separateLabels(messages.labels, 1);

  // the pools reach past the last column and every label and annotation
  let right = Math.max(columns.right, ORIGIN_X + MIN_POOL_WIDTH);
  for (const a of annotations) right = Math.max(right, a.x + a.width + 20);
  for (const l of [...nodeLabels, ...flowLabels, ...messages.labels]) if (l) right = Math.max(right, l.x + l.width + 10);
  const width = right - ORIGIN_X;
  for (const e of externalBounds) e.width = width;
  const pool = { x: ORIGIN_X, y: vertical.poolTop, width, height: vertical.poolHeight };
  const lanes = spec.lanes.map((_, l) => ({
    x: ORIGIN_X + 30,
    y: vertical.laneTop[l],
    width: width - 30,
    height: vertical.laneHeight[l]
  }));

  return {
    pool,
    lanes,
    externals: externalBounds,
    nodes,
    nodeLabels,
    flows,
    flowLabels,
    messageFlows: messages.waypoints,
    messageFlowLabels: messages.labels,
    annotations,
    associations,
    layers: Array.from(layering.layer)
  };
}
