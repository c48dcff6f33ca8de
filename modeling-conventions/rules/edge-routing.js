'use strict';

/**
 * MK-LAY-05 — Kanten ohne Überlagerung, Kreuzung und Durchquerung (on DI geometry, per diagram
 * plane). For every sequence and message flow: oblique segments (`checkOrthogonal`), segments
 * through a foreign shape (`checkThroughShapes`; source, target and their boundary events are
 * not foreign), crossings with other flows (`checkCrossings`), collinear overlays longer than
 * `minOverlap` (`checkOverlay`) and a docking point shared with another flow at the same shape
 * (`checkSharedDocking`). Message flows take part in crossings/overlays only with
 * `includeMessageFlows` (they must cross lanes and sequence flows in collaborations).
 * One finding per flow, listing its problems.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny } = require('../lib/bpmn');
const { Describe, quoted } = require('../lib/describe');
const geo = require('../lib/geometry');
const { SpatialGrid } = require('../lib/spatialGrid');

function shapeObstacles(plane, index) {
  const out = [];
  for (const di of plane.planeElement || []) {
    const el = di && di.bpmnElement;
    if (!el || !is(di, 'bpmndi:BPMNShape')) continue;
    if (!isAny(el, ['bpmn:FlowNode', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference'])) continue;
    if (di.isExpanded === true) continue; // expanded sub-processes and call activities contain flows
    const b = index.bounds(di);
    if (b) out.push({ el, b, box: { minX: b.x, maxX: b.x + b.width, minY: b.y, maxY: b.y + b.height } });
  }
  return out;
}

function related(edgeEl, shapeEl) {
  const ends = [edgeEl.sourceRef, edgeEl.targetRef];
  if (ends.includes(shapeEl)) return true;
  if (is(shapeEl, 'bpmn:BoundaryEvent') && ends.includes(shapeEl.attachedToRef)) return true;
  return ends.some((end) => is(end, 'bpmn:BoundaryEvent') && end.attachedToRef === shapeEl);
}

module.exports = defineRule('edge-routing', {
  checkOrthogonal: true,
  checkThroughShapes: true,
  checkCrossings: true,
  checkOverlay: true,
  checkSharedDocking: true,
  includeMessageFlows: false,
  tolerance: 2,
  minOverlap: 10
}, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:Definitions')) return;
  const p = ctx.params;
  const index = ctx.index(node);
  for (const diagram of node.diagrams || []) {
    const plane = diagram && diagram.plane;
    if (!plane) continue;
    const edges = [];
    for (const di of plane.planeElement || []) {
      const el = di && di.bpmnElement;
      if (!el || !is(di, 'bpmndi:BPMNEdge') || !isAny(el, ['bpmn:SequenceFlow', 'bpmn:MessageFlow'])) continue;
      const points = index.waypoints(di);
      if (points.length >= 2) edges.push({ el, points, segs: geo.segments(points), problems: new Map() });
    }
    if (!edges.length) continue;
    const add = (edge, key, text) => {
      if (!edge.problems.has(key)) edge.problems.set(key, new Set());
      if (text) edge.problems.get(key).add(text);
    };

    // 1. oblique segments and segments through foreign shapes
    const shapes = p.checkThroughShapes ? shapeObstacles(plane, index) : [];
    const shapeGrid = new SpatialGrid(200);
    shapes.forEach((s) => shapeGrid.insert(s.box, s));
    for (const edge of edges) {
      if (p.checkOrthogonal && edge.segs.some(([a, b]) => geo.isOblique(a, b, p.tolerance))) add(edge, 'oblique');
      if (!p.checkThroughShapes) continue;
      for (const [a, b] of edge.segs) {
        for (const s of shapeGrid.query(geo.segmentBox(a, b))) {
          if (!related(edge.el, s.el) && geo.segmentThroughRect(a, b, s.b, 2)) add(edge, 'through', quoted(s.el));
        }
      }
    }

    // 2. crossings and overlays between flows (pairs found via a segment grid)
    if (p.checkCrossings || p.checkOverlay) {
      const grid = new SpatialGrid(200);
      const candidates = edges.filter((e) => p.includeMessageFlows || is(e.el, 'bpmn:SequenceFlow'));
      candidates.forEach((edge, i) => edge.segs.forEach(([a, b]) => grid.insert(geo.segmentBox(a, b), { i, a, b })));
      candidates.forEach((edge, i) => {
        for (const [a, b] of edge.segs) {
          for (const other of grid.query(geo.segmentBox(a, b))) {
            if (other.i <= i) continue;
            const otherEdge = candidates[other.i];
            if (p.checkCrossings && geo.segmentsCross(a, b, other.a, other.b)) {
              add(edge, 'cross', otherEdge.el.id);
              add(otherEdge, 'cross', edge.el.id);
            } else if (p.checkOverlay && geo.collinearOverlap(a, b, other.a, other.b, p.tolerance) > p.minOverlap) {
              add(edge, 'overlay', otherEdge.el.id);
              add(otherEdge, 'overlay', edge.el.id);
            }
          }
        }
      });
    }

    // 3. docking points shared by two flows at the same shape
    if (p.checkSharedDocking) {
      // element id → rounded x → rounded y: the key `${id}|${x},${y}` without building strings
      const seen = new Map();
      const dock = (edge, el, pt) => {
        const id = String(el && el.id);
        const x = Math.round(pt.x);
        const y = Math.round(pt.y);
        let byX = seen.get(id);
        if (!byX) seen.set(id, (byX = new Map()));
        let byY = byX.get(x);
        if (!byY) byX.set(x, (byY = new Set()));
        if (byY.has(y)) add(edge, 'docking');
        else byY.add(y);
      };
      for (const edge of edges) {
        dock(edge, edge.el.sourceRef, edge.points[0]);
        dock(edge, edge.el.targetRef, edge.points[edge.points.length - 1]);
      }
    }

    for (const edge of edges) {
      if (!edge.problems.size) continue;
      const parts = [];
      const pr = edge.problems;
      if (pr.has('cross')) parts.push(`kreuzt ${pr.get('cross').size === 1 ? 'einen anderen Fluss' : pr.get('cross').size + ' andere Flüsse'}`);
      if (pr.has('overlay')) parts.push('überlagert einen anderen Fluss');
      if (pr.has('through')) parts.push(`läuft durch ${[...pr.get('through')].slice(0, 3).join(', ')}`);
      if (pr.has('oblique')) parts.push('ist nicht rechtwinklig geführt');
      if (pr.has('docking')) parts.push('teilt seinen Anschlusspunkt mit einem anderen Fluss');
      report(edge.el.id, `${Describe(edge.el)} ${parts.join(', ')}.`);
    }
  }
}, { types: ['bpmn:Definitions'] });
