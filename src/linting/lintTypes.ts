/**
 * Inputs and outputs of a lint run.
 */
import type { Finding, Severity } from '../domain/model/finding';
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
  /** The error message (English, from the code) for support; the finding carries the German text. */
  reason: string;
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

/** Findings (rule order, then traversal order), rule errors and counts of one lint run. */
export interface LintResult {
  findings: Finding[];
  ruleErrors: RuleErrorInfo[];
  stats: LintStats;
}
