/**
 * Inputs and outputs of a lint run.
 */
import type { Finding, RuleCategory, Severity } from '../domain/model/finding';
import type { RuleSelection } from './resolveRules';
import type { RuleRegistry } from './ruleRegistry';

/** How to lint: a profile (default `basis`) or a config, team overrides, the reference date. */
export interface LintOptions extends RuleSelection {
  /**
   * The date rules compare deadlines with (e.g. `gpm:wiedervorlageAm`); handed to every rule as
   * the parameter `today` (ISO `YYYY-MM-DD`). Omit it for the current date.
   */
  today?: string | Date;
  /** Where rules come from; default: the convention plugin. */
  registry?: RuleRegistry;
}

/** A rule that threw (or could not be loaded) during a run. */
export interface RuleErrorInfo {
  rule: string;
  /** The error message (English, from the code) for support. */
  reason: string;
  /** The German message of the `rule-error` finding. */
  message: string;
}

/** Counts of a lint run; waived findings are counted apart from open ones. */
export interface LintStats {
  /** Rules that ran (including those that failed). */
  ruleCount: number;
  /** Elements of the moddle tree visited (DI included). */
  elementCount: number;
  /** Elements the model was checked on (see `checkedElements.ts`): the compliance score's denominator. */
  checkedElements: number;
  /** Open (not waived) findings per severity, rule errors included. */
  open: Record<Severity, number>;
  waived: number;
  ruleErrors: number;
  durationMs: number;
}

/** A rule that took part in a run (for reports listing passed rules, SARIF and JUnit). */
export interface RuleSummary {
  id: string;
  code?: string;
  category: RuleCategory;
  severity: Severity;
}

/** Findings (rule order, then traversal order), rule errors and counts of one lint run. */
export interface LintResult {
  findings: Finding[];
  /** The rules that ran, in run order. */
  rules: RuleSummary[];
  ruleErrors: RuleErrorInfo[];
  stats: LintStats;
}
