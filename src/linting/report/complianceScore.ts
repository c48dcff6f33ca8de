/**
 * The compliance score (Konformitätsgrad) of a checked model.
 *
 * Definition (German text for users: `SCORE_DEFINITION_DE`): the share of checked elements
 * without open findings. An element with at least one open error counts as fully non-compliant
 * (weight 1), an element with open warnings only as half (weight 0.5); infos, waived findings
 * and rule errors do not lower the score. Checked elements are those counted by
 * `countCheckedElements` (flow nodes, flows, pools, lanes, data, annotations, and the model as a
 * whole for model-level findings); an element with findings that is not in that count is added.
 *
 *   percent = 100 × (1 − (elementsWithErrors + 0.5 × elementsWithWarningsOnly) / checkedElements)
 *
 * Rounded to a whole percent; 100 % only when nothing is open (99 % at most otherwise).
 */
import type { Finding } from '../../domain/model/finding';

/** A score with the numbers it came from. */
export interface ComplianceScore {
  /** 0–100, whole percent. */
  percent: number;
  checkedElements: number;
  elementsWithErrors: number;
  /** Elements with open warnings and no open error. */
  elementsWithWarnings: number;
  /** The unrounded penalty sum (errors + 0.5 × warnings), for aggregating several variants. */
  penalty: number;
}

const isOpenProblem = (f: Finding) => !f.waived && f.category !== 'rule-error' && (f.severity === 'error' || f.severity === 'warning');

/** Score one model from its findings and the number of checked elements. */
export function complianceScore(findings: readonly Finding[], checkedElements: number): ComplianceScore {
  const withErrors = new Set<string>();
  const withWarnings = new Set<string>();
  for (const f of findings) {
    if (!isOpenProblem(f)) continue;
    (f.severity === 'error' ? withErrors : withWarnings).add(f.elementId);
  }
  for (const id of withErrors) withWarnings.delete(id);
  const affected = withErrors.size + withWarnings.size;
  const checked = Math.max(checkedElements, affected, 1);
  const penalty = withErrors.size + 0.5 * withWarnings.size;
  return {
    percent: toPercent(penalty, checked),
    checkedElements: checked,
    elementsWithErrors: withErrors.size,
    elementsWithWarnings: withWarnings.size,
    penalty
  };
}

/** The score of several models together: penalties and checked elements summed, then the same formula. */
export function combinedScore(scores: readonly ComplianceScore[]): ComplianceScore {
  const sum = (pick: (s: ComplianceScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const checked = Math.max(sum((s) => s.checkedElements), 1);
  const penalty = sum((s) => s.penalty);
  return {
    percent: toPercent(penalty, checked),
    checkedElements: checked,
    elementsWithErrors: sum((s) => s.elementsWithErrors),
    elementsWithWarnings: sum((s) => s.elementsWithWarnings),
    penalty
  };
}

function toPercent(penalty: number, checked: number): number {
  const raw = 100 * (1 - penalty / checked);
  const rounded = Math.max(0, Math.round(raw));
  return penalty > 0 && rounded >= 100 ? 99 : rounded;
}
