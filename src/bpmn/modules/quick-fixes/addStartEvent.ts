/**
 * Quick fix `add-start-event`: put a start event in front of the one node where the flow begins
 * without one, and connect it. Offered only when exactly one such node exists (otherwise it is
 * unclear where the process starts).
 */
import type { DiagramElement } from '../lint-markers/diagramTypes';
import type { QuickFix, QuickFixServices } from './quickFixTypes';
import { flowContainer, incomingFlows, isOutsideNormalFlow, isType, unreachedNodes } from './flowGraph';
import { QUICK_FIX_TEXTS } from './quickFixTexts';

export interface AddStartEventPlan {
  targetId: string;
  created?: string;
}

const EVENT = 36;
const GAP = 54;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A free spot next to `target` (left, above, below), as the event's centre. */
export function startEventPosition(target: Box, others: readonly Box[], bounds?: Box): { x: number; y: number } {
  const cx = target.x + target.width / 2;
  const cy = target.y + target.height / 2;
  const candidates = [
    { x: target.x - GAP - EVENT / 2, y: cy },
    { x: cx, y: target.y - GAP - EVENT / 2 },
    { x: cx, y: target.y + target.height + GAP + EVENT / 2 }
  ];
  const free = candidates.find((c) => {
    const box = { x: c.x - EVENT / 2 - 4, y: c.y - EVENT / 2 - 4, width: EVENT + 8, height: EVENT + 8 };
    if (bounds && (box.x < bounds.x + 30 || box.y < bounds.y || box.x + box.width > bounds.x + bounds.width || box.y + box.height > bounds.y + bounds.height)) return false;
    return !others.some((o) => overlaps(box, o));
  });
  return free ?? candidates[0];
}

function placeStart(s: QuickFixServices, target: DiagramElement): { x: number; y: number } {
  const parent = target.parent!;
  const box = (e: DiagramElement): Box => ({ x: e.x ?? 0, y: e.y ?? 0, width: e.width ?? 0, height: e.height ?? 0 });
  const others = s.elementRegistry
    .filter((e) => e !== target && !e.waypoints && !e.labelTarget && e.parent === parent && !isType(e.businessObject, 'bpmn:Lane'))
    .map(box);
  const bounds = isType(parent.businessObject, 'bpmn:Participant') ? box(parent) : undefined;
  return startEventPosition(box(target), others, bounds);
}

export const addStartEvent: QuickFix<AddStartEventPlan> = {
  id: 'add-start-event',
  label: QUICK_FIX_TEXTS.addStartEvent,
  alsoForRules: ['no-implicit-start-end'],
  plan({ businessObject: bo }) {
    const container = flowContainer(bo);
    if (container) {
      const unreached = unreachedNodes(container);
      return unreached.length === 1 ? { targetId: String(unreached[0].id) } : undefined;
    }
    if (!isType(bo, 'bpmn:FlowNode') || isType(bo, 'bpmn:StartEvent') || isType(bo, 'bpmn:BoundaryEvent') || isOutsideNormalFlow(bo)) return undefined;
    return incomingFlows(bo).length === 0 ? { targetId: String(bo.id) } : undefined;
  },
  apply(s, plan) {
    const target = s.elementRegistry.get(plan.targetId);
    if (!target?.parent) return;
    const shape = s.elementFactory.createShape({ type: 'bpmn:StartEvent' });
    const created = s.modeling.createShape(shape, placeStart(s, target), target.parent);
    s.modeling.connect(created, target);
    plan.created = created.id;
  },
  after(s, plan) {
    const created = plan.created ? s.elementRegistry.get(plan.created) : undefined;
    if (created && s.directEditing) s.directEditing.activate(created);
  }
};
