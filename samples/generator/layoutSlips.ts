import type { ProcessLayout } from '../../src/bpmn/layout/layoutTypes';
import type { ProcessSpec } from '../../src/domain/model/processSpec';

/**
 * Hand-drawing slips reproduced on a computed layout, as bpmn-js would leave them after a user
 * dragged or resized a shape: the attached flows keep docking at the shape's new outline.
 */

function nodeIndex(spec: ProcessSpec, id: string): number {
  const i = spec.nodes.findIndex((n) => n.id === id);
  if (i < 0) throw new Error(`unknown node ${id}`);
  return i;
}

/** Re-dock the flows of a node after its bounds changed from `before` to the current bounds. */
function redock(layout: ProcessLayout, spec: ProcessSpec, i: number, before: { x: number; y: number; width: number; height: number }): void {
  const after = layout.nodes[i];
  const id = spec.nodes[i].id;
  const move = (p: { x: number; y: number }) => {
    if (p.x === before.x) p.x = after.x;
    else if (p.x === before.x + before.width) p.x = after.x + after.width;
    else p.x += after.x + after.width / 2 - (before.x + before.width / 2);
    if (p.y === before.y) p.y = after.y;
    else if (p.y === before.y + before.height) p.y = after.y + after.height;
    else p.y += after.y + after.height / 2 - (before.y + before.height / 2);
  };
  spec.flows.forEach((f, k) => {
    const points = layout.flows[k];
    if (f.targetId === id) {
      const last = points[points.length - 1];
      const prev = points[points.length - 2];
      const horizontal = prev.y === last.y;
      move(last);
      if (horizontal && points.length > 2) prev.y = last.y;
    }
    if (f.sourceId === id) {
      const first = points[0];
      const next = points[1];
      const horizontal = next.y === first.y;
      move(first);
      if (horizontal && points.length > 2) next.y = first.y;
    }
  });
  (spec.messageFlows ?? []).forEach((mf, k) => {
    if (mf.sourceId !== id && mf.targetId !== id) return;
    const points = layout.messageFlows[k];
    const end = mf.sourceId === id ? points[0] : points[points.length - 1];
    const dx = after.x - before.x;
    for (const p of points) p.x += dx;
    if (end.y === before.y) end.y = after.y;
    else end.y = after.y + after.height;
  });
}

/** Move a node by (dx, dy) — e.g. onto its neighbour, so that the shapes overlap. */
export function moveShape(layout: ProcessLayout, spec: ProcessSpec, id: string, dx: number, dy = 0): void {
  const i = nodeIndex(spec, id);
  const before = { ...layout.nodes[i] };
  layout.nodes[i].x += dx;
  layout.nodes[i].y += dy;
  redock(layout, spec, i, before);
}

/** Resize a node around its centre — a task no longer in the standard size. */
export function resizeShape(layout: ProcessLayout, spec: ProcessSpec, id: string, width: number, height: number): void {
  const i = nodeIndex(spec, id);
  const before = { ...layout.nodes[i] };
  const b = layout.nodes[i];
  b.x = Math.round(b.x + b.width / 2 - width / 2);
  b.y = Math.round(b.y + b.height / 2 - height / 2);
  b.width = width;
  b.height = height;
  redock(layout, spec, i, before);
}
