/**
 * Quick fix `add-question-mark`: end a decision's label with "?" (trailing ".", ":" or "!" are
 * replaced). Not offered for unlabeled gateways — those need a question, not a character.
 */
import type { QuickFix } from './quickFixTypes';
import { isType } from './flowGraph';
import { QUICK_FIX_TEXTS } from './quickFixTexts';

export interface AddQuestionMarkPlan {
  elementId: string;
  text: string;
}

/** The label as a question: "Antrag vollständig" → "Antrag vollständig?". */
export function asQuestion(label: string): string {
  return label.trim().replace(/[\s.:!]+$/u, '') + '?';
}

export const addQuestionMark: QuickFix<AddQuestionMarkPlan> = {
  id: 'add-question-mark',
  label: QUICK_FIX_TEXTS.addQuestionMark,
  plan({ businessObject: bo }) {
    if (!isType(bo, 'bpmn:Gateway')) return undefined;
    const name = typeof bo.name === 'string' ? bo.name.trim() : '';
    if (!name || name.endsWith('?')) return undefined;
    return { elementId: String(bo.id), text: asQuestion(name) };
  },
  apply(s, plan) {
    const element = s.elementRegistry.get(plan.elementId);
    if (element) s.modeling.updateLabel(element, plan.text);
  }
};
