import { assert } from '../../shared/assert';
import type { Moddle, ModdleElement } from '../moddle';
import type { Bounds, Point, ProcessLayout } from './layoutTypes';
import type { SemanticElements } from './writeSemantics';

/**
 * Write the diagram interchange (BPMN DI) for the semantic elements from a layout: one plane on
 * the collaboration with a shape per pool, lane, flow node and annotation and an edge per flow.
 */
export function writeDiagram(moddle: Moddle, semantics: SemanticElements, layout: ProcessLayout): void {
  const planeElement: ModdleElement[] = [];
  const diId = (element: ModdleElement): string => {
    const id = `${String(element.id)}_di`;
    assert(!semantics.ids.has(id), `diagram id "${id}" collides with an element id`);
    return id;
  };
  const bounds = (b: Bounds) => moddle.create('dc:Bounds', { x: b.x, y: b.y, width: b.width, height: b.height });
  const label = (b: Bounds | undefined) => (b ? moddle.create('bpmndi:BPMNLabel', { bounds: bounds(b) }) : undefined);
  const shape = (element: ModdleElement, b: Bounds, extra: Record<string, unknown> = {}, labelBounds?: Bounds) => {
    planeElement.push(moddle.create('bpmndi:BPMNShape', {
      id: diId(element),
      bpmnElement: element,
      bounds: bounds(b),
      ...extra,
      ...(labelBounds ? { label: label(labelBounds) } : {})
    }));
  };
  const edge = (element: ModdleElement, points: Point[], labelBounds?: Bounds) => {
    planeElement.push(moddle.create('bpmndi:BPMNEdge', {
      id: diId(element),
      bpmnElement: element,
      waypoint: points.map((p) => moddle.create('dc:Point', { x: p.x, y: p.y })),
      ...(labelBounds ? { label: label(labelBounds) } : {})
    }));
  };

  shape(semantics.participant, layout.pool, { isHorizontal: true });
  semantics.lanes.forEach((lane, i) => shape(lane, layout.lanes[i], { isHorizontal: true }));
  semantics.externals.forEach((p, i) => shape(p, layout.externals[i], { isHorizontal: true }));
  semantics.nodes.forEach((node, i) => {
    const extra = node.$type === 'bpmn:SubProcess' ? { isExpanded: false } : {};
    shape(node, layout.nodes[i], extra, layout.nodeLabels[i]);
  });
  semantics.annotations.forEach((a, i) => shape(a, layout.annotations[i]));
  semantics.flows.forEach((f, i) => edge(f, layout.flows[i], layout.flowLabels[i]));
  semantics.messageFlows.forEach((f, i) => edge(f, layout.messageFlows[i], layout.messageFlowLabels[i]));
  semantics.associations.forEach((a, i) => edge(a, layout.associations[i]));

  const plane = moddle.create('bpmndi:BPMNPlane', { id: 'BPMNPlane_1', bpmnElement: semantics.collaboration, planeElement });
  const diagram = moddle.create('bpmndi:BPMNDiagram', { id: 'BPMNDiagram_1', plane });
  assert(!semantics.ids.has('BPMNPlane_1') && !semantics.ids.has('BPMNDiagram_1'), 'diagram ids collide with element ids');
  semantics.definitions.diagrams = [diagram];
}
