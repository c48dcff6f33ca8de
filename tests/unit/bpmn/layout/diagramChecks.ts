import Linter from 'bpmnlint/lib/linter';
import { expect } from 'vitest';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import { createModdle, type ModdleElement } from '../../../../src/bpmn/moddle';
import type { ProcessSpec } from '../../../../src/domain/model/processSpec';

/**
 * Checks on generated diagrams shared by the layout and sample tests: bpmnlint's DI rules run
 * in Node, and plain geometry (shapes, lanes, waypoints) read back from the XML.
 */

/** Bounds of a shape. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** DI shapes and edges of a parsed model, by element id. */
export interface DiagramGeometry {
  shapes: Map<string, Box>;
  edges: Map<string, Array<{ x: number; y: number }>>;
  /** Semantic element by id. */
  elements: Record<string, ModdleElement>;
  definitions: ModdleElement;
  warnings: string[];
}

/** Parse XML with our moddle and collect every DI shape and edge by element id. */
export async function readGeometry(xml: string): Promise<DiagramGeometry> {
  const { rootElement, warnings, elementsById } = await createModdle().fromXML(xml, 'bpmn:Definitions');
  const shapes = new Map<string, Box>();
  const edges = new Map<string, Array<{ x: number; y: number }>>();
  for (const diagram of (rootElement.diagrams as ModdleElement[]) ?? []) {
    for (const el of ((diagram.plane as ModdleElement).planeElement as ModdleElement[]) ?? []) {
      const id = String((el.bpmnElement as ModdleElement).id);
      if (el.$type === 'bpmndi:BPMNShape') shapes.set(id, el.bounds as unknown as Box);
      else edges.set(id, (el.waypoint as unknown as Array<{ x: number; y: number }>).map((p) => ({ x: p.x, y: p.y })));
    }
  }
  return { shapes, edges, elements: elementsById, definitions: rootElement, warnings: warnings.map((w) => w.message) };
}

/** Reports of bpmnlint's core rules `no-bpmndi` and `no-overlapping-elements` (empty = clean). */
export async function lintDiagram(definitions: ModdleElement): Promise<Record<string, Array<{ id: string; message: string }>>> {
  const rules: Record<string, unknown> = { 'no-bpmndi': noBpmndi, 'no-overlapping-elements': noOverlappingElements };
  const linter = new Linter({
    config: { rules: { 'no-bpmndi': 'error', 'no-overlapping-elements': 'error' } },
    resolver: {
      resolveRule: (_pkg: string, name: string) => rules[name],
      resolveConfig: () => {
        throw new Error('no configs');
      }
    }
  });
  return linter.lint(definitions);
}

/** Do two boxes share interior area? */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Is box `inner` entirely inside box `outer`? */
export function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Does an axis-parallel segment run through the interior of a box? */
export function segmentCrosses(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
  const minX = Math.min(p.x, q.x);
  const maxX = Math.max(p.x, q.x);
  const minY = Math.min(p.y, q.y);
  const maxY = Math.max(p.y, q.y);
  return minX < b.x + b.width && maxX > b.x && minY < b.y + b.height && maxY > b.y;
}

/** Is the point on the outline of the box? */
export function onOutline(p: { x: number; y: number }, b: Box): boolean {
  const onX = p.x >= b.x && p.x <= b.x + b.width;
  const onY = p.y >= b.y && p.y <= b.y + b.height;
  return (onX && (p.y === b.y || p.y === b.y + b.height)) || (onY && (p.x === b.x || p.x === b.x + b.width));
}

/** Pairs of overlapping boxes among the given ids (sweep over x; fine for thousands of shapes). */
export function overlappingPairs(shapes: Map<string, Box>, ids: string[]): Array<[string, string]> {
  const sorted = ids.map((id) => ({ id, b: shapes.get(id)! })).sort((a, b) => a.b.x - b.b.x);
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].b.x < sorted[i].b.x + sorted[i].b.width; j++) {
      if (overlaps(sorted[i].b, sorted[j].b)) pairs.push([sorted[i].id, sorted[j].id]);
    }
  }
  return pairs;
}

/**
 * Every geometric promise of the layout, checked on the XML it wrote: DI for all nodes and lanes,
 * no overlaps, nodes inside their lane, orthogonal flows docked on the outlines that never run
 * through a foreign shape, and no bpmnlint DI findings. Problems are collected and compared once.
 */
export async function expectWellLaidOut(spec: ProcessSpec, xml: string): Promise<void> {
  const g = await readGeometry(xml);
  expect(g.warnings).toEqual([]);
  const nodeIds = spec.nodes.map((n) => n.id);
  const problems: string[] = [];
  for (const id of [...nodeIds, ...spec.lanes.map((l) => l.id)]) if (!g.shapes.has(id)) problems.push(`${id} has no shape`);
  for (const [a, b] of overlappingPairs(g.shapes, nodeIds)) problems.push(`${a} overlaps ${b}`);
  for (const n of spec.nodes) {
    const lane = spec.lanes.length ? g.shapes.get(n.laneId ?? spec.lanes[0].id)! : undefined;
    if (lane && !contains(lane, g.shapes.get(n.id)!)) problems.push(`${n.id} outside lane ${n.laneId}`);
  }
  const sorted = nodeIds.map((id) => ({ id, b: g.shapes.get(id)! })).sort((a, b) => a.b.x - b.b.x);
  const maxWidth = Math.max(...sorted.map((s) => s.b.width));
  const firstRightOf = (x: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].b.x + maxWidth < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const f of spec.flows) {
    const points = g.edges.get(f.id);
    if (!points || points.length < 2) {
      problems.push(`${f.id} has fewer than 2 waypoints`);
      continue;
    }
    if (!onOutline(points[0], g.shapes.get(f.sourceId)!)) problems.push(`${f.id} does not leave ${f.sourceId} at its outline`);
    if (!onOutline(points[points.length - 1], g.shapes.get(f.targetId)!)) problems.push(`${f.id} does not enter ${f.targetId} at its outline`);
    for (let i = 1; i < points.length; i++) {
      const [p, q] = [points[i - 1], points[i]];
      if (p.x !== q.x && p.y !== q.y) problems.push(`${f.id} segment ${i} is not orthogonal`);
      const maxX = Math.max(p.x, q.x);
      for (let k = firstRightOf(Math.min(p.x, q.x)); k < sorted.length && sorted[k].b.x <= maxX; k++) {
        const { id, b } = sorted[k];
        if (id !== f.sourceId && id !== f.targetId && segmentCrosses(p, q, b)) problems.push(`${f.id} crosses ${id}`);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(await lintDiagram(g.definitions)).toEqual({});
}

/** Pairs of sequence flows with collinear segments overlapping by more than `min` pixels. */
export function overlayingFlows(edges: Map<string, Array<{ x: number; y: number }>>, ids: string[], min = 10): Array<[string, string]> {
  const segs = ids.map((id) => {
    const p = edges.get(id) ?? [];
    return { id, s: p.slice(1).map((q, i) => [p[i], q] as const) };
  });
  const overlap = (a: readonly [{ x: number; y: number }, { x: number; y: number }], b: readonly [{ x: number; y: number }, { x: number; y: number }]) => {
    const [a1, a2] = a;
    const [b1, b2] = b;
    if (a1.y === a2.y && b1.y === b2.y && a1.y === b1.y) return Math.min(Math.max(a1.x, a2.x), Math.max(b1.x, b2.x)) - Math.max(Math.min(a1.x, a2.x), Math.min(b1.x, b2.x));
    if (a1.x === a2.x && b1.x === b2.x && a1.x === b1.x) return Math.min(Math.max(a1.y, a2.y), Math.max(b1.y, b2.y)) - Math.max(Math.min(a1.y, a2.y), Math.min(b1.y, b2.y));
    return 0;
  };
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      if (segs[i].s.some((a) => segs[j].s.some((b) => overlap(a, b) > min))) pairs.push([segs[i].id, segs[j].id]);
    }
  }
  return pairs;
}
