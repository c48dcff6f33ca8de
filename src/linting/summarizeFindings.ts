/**
 * Counts of a lint result for lists (library rows, district × category overview): open
 * findings per severity and per category, waived ones apart, rule errors left out of the
 * categories (they are about rules, not about the model).
 */
import type { Finding, RuleCategory } from '../domain/model/finding';

/** The counts a variant row shows. */
export interface FindingsSummary {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  waivedCount: number;
  ruleErrorCount: number;
  /** Open findings (all severities) per category. */
  byCategory: Partial<Record<RuleCategory, number>>;
  /** Open findings per rule id. */
  byRule: Record<string, number>;
}

/** Summarise findings: open ones by severity, category and rule; waived and rule errors apart. */
export function summarizeFindings(findings: readonly Finding[]): FindingsSummary {
  const s: FindingsSummary = { errorCount: 0, warningCount: 0, infoCount: 0, waivedCount: 0, ruleErrorCount: 0, byCategory: {}, byRule: {} };
  for (const f of findings) {
    if (f.category === 'rule-error') {
      s.ruleErrorCount++;
      continue;
    }
    if (f.waived) {
      s.waivedCount++;
      continue;
    }
    if (f.severity === 'error') s.errorCount++;
    else if (f.severity === 'warning') s.warningCount++;
    else s.infoCount++;
    s.byCategory[f.category] = (s.byCategory[f.category] ?? 0) + 1;
    s.byRule[f.rule] = (s.byRule[f.rule] ?? 0) + 1;
  }
  return s;
}
