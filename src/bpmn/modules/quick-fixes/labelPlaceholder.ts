/**
 * Quick fix `label-placeholder`: give an unlabeled element a placeholder that says what kind of
 * label belongs there, and open label editing with the text selected, so typing replaces it.
 */
import type { ModdleElement } from '../../moddle';
import type { QuickFix } from './quickFixTypes';
import { isType } from './flowGraph';
import { QUICK_FIX_TEXTS } from './quickFixTexts';

export interface LabelPlaceholderPlan {
  elementId: string;
  text: string;
}

const P = QUICK_FIX_TEXTS.placeholders;

/** The placeholder for an element type; undefined for elements that get no label this way. */
export function placeholderFor(bo: ModdleElement): string | undefined {
  if (isType(bo, 'bpmn:SequenceFlow') || isType(bo, 'bpmn:MessageFlow') || isType(bo, 'bpmn:Association')) return undefined;
  if (isType(bo, 'bpmn:Activity')) return P.activity;
  if (isType(bo, 'bpmn:StartEvent')) return P.startEvent;
  if (isType(bo, 'bpmn:EndEvent')) return P.endEvent;
  if (isType(bo, 'bpmn:Event')) return P.event;
  if (isType(bo, 'bpmn:ExclusiveGateway') || isType(bo, 'bpmn:InclusiveGateway')) return P.gateway;
  if (isType(bo, 'bpmn:Gateway')) return undefined;
  if (isType(bo, 'bpmn:Lane')) return P.lane;
  if (isType(bo, 'bpmn:Participant')) return P.participant;
  if (isType(bo, 'bpmn:DataObjectReference') || isType(bo, 'bpmn:DataStoreReference')) return P.data;
  if (isType(bo, 'bpmn:FlowElement')) return P.other;
  return undefined;
}

/** Select the whole text of the open label editor, so that typing replaces the placeholder. */
function selectEditorText(): void {
  if (typeof document === 'undefined') return;
  const content = document.querySelector('.djs-direct-editing-parent .djs-direct-editing-content');
  const selection = window.getSelection();
  if (!content || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(content);
  selection.removeAllRanges();
  selection.addRange(range);
}

export const labelPlaceholder: QuickFix<LabelPlaceholderPlan> = {
  id: 'label-placeholder',
  label: QUICK_FIX_TEXTS.labelPlaceholder,
  alsoForRules: ['label-required'],
  plan({ businessObject: bo }) {
    const name = typeof bo.name === 'string' ? bo.name.trim() : '';
    const text = placeholderFor(bo);
    return name || !text ? undefined : { elementId: String(bo.id), text };
  },
  apply(s, plan) {
    const element = s.elementRegistry.get(plan.elementId);
    if (element) s.modeling.updateLabel(element, plan.text);
  },
  after(s, plan) {
    const element = s.elementRegistry.get(plan.elementId);
    if (element && s.directEditing?.activate(element)) selectEditorText();
  }
};
