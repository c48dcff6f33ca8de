/**
 * Quick fix `label-yes-no`: label the two outgoing flows of an XOR split "Ja" and "Nein".
 * "Ja" goes to the flow that leaves most straight ahead (the usual happy path), without a
 * diagram to the first flow. With one flow already labelled "Ja" or "Nein" the other gets the
 * opposite; any other existing label, or more than two flows, is left to the modeller.
 */
import type { ModdleElement } from '../../moddle';
import type { FixTarget, QuickFix } from './quickFixTypes';
import { isType, outgoingFlows } from './flowGraph';
import { QUICK_FIX_TEXTS } from './quickFixTexts';

export interface LabelYesNoPlan {
  labels: Array<{ flowId: string; text: string }>;
}

const label = (f: ModdleElement) => (typeof f.name === 'string' ? f.name.trim() : '');

/** How far a flow bends away from straight ahead (smaller = straighter); 0 without a diagram. */
function deviation(flow: ModdleElement, target: FixTarget): number {
  const points = target.shapeOf?.(String(flow.id))?.waypoints;
  if (!points || points.length < 2) return 0;
  const start = points[0];
  const end = points[points.length - 1];
  const firstLeg = points[1];
  // leaving sideways (up/down) first, or ending far off the gateway's row, counts as a branch
  return Math.abs(firstLeg.y - start.y) + Math.abs(end.y - start.y) * 0.5 - Math.max(0, firstLeg.x - start.x) * 0.01;
}

export const labelYesNo: QuickFix<LabelYesNoPlan> = {
  id: 'label-yes-no',
  label: QUICK_FIX_TEXTS.labelYesNo,
  plan(target) {
    const bo = target.businessObject;
    if (!isType(bo, 'bpmn:ExclusiveGateway')) return undefined;
    const flows = outgoingFlows(bo);
    if (flows.length !== 2) return undefined;
    const [a, b] = flows;
    const yes = /^ja$/i;
    const no = /^nein$/i;
    if (label(a) && label(b)) return undefined;
    if (label(a) || label(b)) {
      const [named, empty] = label(a) ? [a, b] : [b, a];
      if (yes.test(label(named))) return { labels: [{ flowId: String(empty.id), text: QUICK_FIX_TEXTS.no }] };
      if (no.test(label(named))) return { labels: [{ flowId: String(empty.id), text: QUICK_FIX_TEXTS.yes }] };
      return undefined;
    }
    const [first, second] = deviation(b, target) < deviation(a, target) ? [b, a] : [a, b];
    return {
      labels: [
        { flowId: String(first.id), text: QUICK_FIX_TEXTS.yes },
        { flowId: String(second.id), text: QUICK_FIX_TEXTS.no }
      ]
    };
  },
  apply(s, plan) {
    for (const { flowId, text } of plan.labels) {
      const flow = s.elementRegistry.get(flowId);
      if (flow) s.modeling.updateLabel(flow, text);
    }
  }
};
