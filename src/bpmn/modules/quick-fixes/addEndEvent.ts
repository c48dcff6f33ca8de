/**
 * Quick fix `add-end-event`: append an end event after every node where the flow stops without
 * one (for a pool/process finding), or after the one node the finding names. Not offered when
 * there is no such node (appending somewhere arbitrary would not be safe).
 */
import type { QuickFix } from './quickFixTypes';
import { danglingNodes, flowContainer, isOutsideNormalFlow, isType, outgoingFlows } from './flowGraph';
import { QUICK_FIX_TEXTS } from './quickFixTexts';

/** More dangling nodes than this are a modelling problem to look at, not a one-click fix. */
const MAX_SOURCES = 5;

export interface AddEndEventPlan {
  sourceIds: string[];
  /** Filled by `apply`: the created end events. */
  created?: string[];
}

export const addEndEvent: QuickFix<AddEndEventPlan> = {
  id: 'add-end-event',
  label: QUICK_FIX_TEXTS.addEndEvent,
  alsoForRules: ['no-implicit-start-end'],
  plan({ businessObject: bo }) {
    const container = flowContainer(bo);
    if (container) {
      const dangling = danglingNodes(container);
      if (dangling.length === 0 || dangling.length > MAX_SOURCES) return undefined;
      return { sourceIds: dangling.map((n) => String(n.id)) };
    }
    if (!isType(bo, 'bpmn:FlowNode') || isType(bo, 'bpmn:EndEvent') || isOutsideNormalFlow(bo) || outgoingFlows(bo).length > 0) return undefined;
    return { sourceIds: [String(bo.id)] };
  },
  apply(s, plan) {
    plan.created = [];
    for (const id of plan.sourceIds) {
      const source = s.elementRegistry.get(id);
      if (!source) continue;
      const shape = s.elementFactory.createShape({ type: 'bpmn:EndEvent' });
      const created = s.autoPlace
        ? s.autoPlace.append(source, shape)
        : s.modeling.appendShape(source, shape, { x: (source.x ?? 0) + (source.width ?? 0) + 80, y: (source.y ?? 0) + (source.height ?? 0) / 2 }, source.parent!);
      plan.created.push(created.id);
    }
  },
  after(s, plan) {
    const only = plan.created?.length === 1 ? s.elementRegistry.get(plan.created[0]) : undefined;
    if (only && s.directEditing) s.directEditing.activate(only);
  }
};
