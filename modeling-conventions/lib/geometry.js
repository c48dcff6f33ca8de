'use strict';

/**
 * Plane geometry on BPMN DI (bounds, waypoints) for the layout rules: docking sides, segment
 * intersections, segments through shapes, collinear overlaps. Coordinates in diagram units.
 */

/** Bounds {x, y, width, height} of a DI shape, or undefined if incomplete. */
function boundsOf(di) {
  const b = di && di.bounds;
  if (!b) return undefined;
  const { x, y, width, height } = b;
  // Number.isFinite is false for anything but a finite number
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(width) || !Number.isFinite(height)) return undefined;
  return { x, y, width, height };
}

/** Waypoints [{x, y}] of a DI edge (only finite points). */
function waypointsOf(di) {
  const points = di && Array.isArray(di.waypoint) ? di.waypoint : [];
  const out = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (!p) continue;
    const x = p.x;
    const y = p.y;
    if (Number.isFinite(x) && Number.isFinite(y)) out.push({ x, y });
  }
  return out;
}

function center(b) {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** True if the point lies strictly inside the bounds (more than `margin` from the border). */
function strictlyInside(p, b, margin) {
  const m = margin || 0;
  return p.x > b.x + m && p.x < b.x + b.width - m && p.y > b.y + m && p.y < b.y + b.height - m;
}

/**
 * The side of a shape a connection uses: 'left' | 'right' | 'top' | 'bottom', from the first
 * waypoint not strictly inside the shape (tools dock on the border, some start at the centre).
 * @param {object} b bounds
 * @param {Array<{x: number, y: number}>} points waypoints ordered away from the shape
 */
function dockingSide(b, points) {
  const c = center(b);
  const p = points.find((q) => !strictlyInside(q, b, 2));
  if (!p) return undefined;
  const nx = (p.x - c.x) / Math.max(b.width / 2, 1);
  const ny = (p.y - c.y) / Math.max(b.height / 2, 1);
  if (Math.abs(nx) < 1e-9 && Math.abs(ny) < 1e-9) return undefined;
  if (Math.abs(nx) >= Math.abs(ny)) return nx < 0 ? 'left' : 'right';
  return ny < 0 ? 'top' : 'bottom';
}

/** Consecutive segment pairs [[a, b], …] of a polyline. */
function segments(points) {
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) out.push([points[i], points[i + 1]]);
  return out;
}

function cross(o, a, b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** True if two segments cross in their interiors (touching ends and collinear overlaps excluded). */
function segmentsCross(a1, a2, b1, b2) {
  const d1 = cross(b1, b2, a1);
  const d2 = cross(b1, b2, a2);
  const d3 = cross(a1, a2, b1);
  const d4 = cross(a1, a2, b2);
  const eps = 1e-6;
  return ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps));
}

/** Length of the collinear overlap of two axis-parallel segments (0 if none). */
function collinearOverlap(a1, a2, b1, b2, tolerance) {
  const t = tolerance || 1;
  const horizontalA = Math.abs(a1.y - a2.y) <= t;
  const horizontalB = Math.abs(b1.y - b2.y) <= t;
  const verticalA = Math.abs(a1.x - a2.x) <= t;
  const verticalB = Math.abs(b1.x - b2.x) <= t;
  if (horizontalA && horizontalB && Math.abs(a1.y - b1.y) <= t) {
    const lo = Math.max(Math.min(a1.x, a2.x), Math.min(b1.x, b2.x));
    const hi = Math.min(Math.max(a1.x, a2.x), Math.max(b1.x, b2.x));
    return Math.max(0, hi - lo);
  }
  if (verticalA && verticalB && Math.abs(a1.x - b1.x) <= t) {
    const lo = Math.max(Math.min(a1.y, a2.y), Math.min(b1.y, b2.y));
    const hi = Math.min(Math.max(a1.y, a2.y), Math.max(b1.y, b2.y));
    return Math.max(0, hi - lo);
  }
  return 0;
}

/** True if a segment passes through the interior of the bounds shrunk by `margin`. */
function segmentThroughRect(p1, p2, b, margin) {
  const m = margin || 0;
  const r = { x: b.x + m, y: b.y + m, width: b.width - 2 * m, height: b.height - 2 * m };
  if (r.width <= 0 || r.height <= 0) return false;
  if (strictlyInside(p1, r, 0) || strictlyInside(p2, r, 0)) return true;
  const corners = [
    { x: r.x, y: r.y }, { x: r.x + r.width, y: r.y },
    { x: r.x + r.width, y: r.y + r.height }, { x: r.x, y: r.y + r.height }
  ];
  for (let i = 0; i < 4; i++) {
    if (segmentsCross(p1, p2, corners[i], corners[(i + 1) % 4])) return true;
  }
  return false;
}

/** True if the segment is neither horizontal nor vertical (beyond `tolerance`). */
function isOblique(p1, p2, tolerance) {
  const t = tolerance || 1;
  return Math.abs(p1.x - p2.x) > t && Math.abs(p1.y - p2.y) > t;
}

/** Axis-aligned box around a segment. */
function segmentBox(p1, p2) {
  return { minX: Math.min(p1.x, p2.x), maxX: Math.max(p1.x, p2.x), minY: Math.min(p1.y, p2.y), maxY: Math.max(p1.y, p2.y) };
}

module.exports = {
  boundsOf, waypointsOf, center, strictlyInside, dockingSide, segments, segmentsCross,
  collinearOverlap, segmentThroughRect, isOblique, segmentBox
};
