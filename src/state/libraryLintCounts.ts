/**
 * The lint counts the library stores on a variant: open errors and warnings (rule errors
 * included, as in every other count of a run) and, per category, the open errors and warnings
 * (infos are hints and do not count towards "breaking" a rule; rule errors have no category).
 */
import type { LintResult } from '../linting/lintTypes';

/** Counts as stored by `variants.updateMeta`. */
export interface LibraryLintCounts {
  errorCount: number;
  warningCount: number;
  findingsByCategory: Record<string, number>;
}

/** The counts of one lint run. */
export function libraryLintCounts(result: Pick<LintResult, 'findings' | 'stats'>): LibraryLintCounts {
  const findingsByCategory: Record<string, number> = {};
  for (const f of result.findings) {
    if (f.waived || f.category === 'rule-error' || f.severity === 'info') continue;
    findingsByCategory[f.category] = (findingsByCategory[f.category] ?? 0) + 1;
  }
  return { errorCount: result.stats.open.error, warningCount: result.stats.open.warning, findingsByCategory };
}

/** True when stored counts already equal these (no write needed). */
export function sameCounts(stored: Partial<LibraryLintCounts>, counts: LibraryLintCounts): boolean {
  if (stored.errorCount !== counts.errorCount || stored.warningCount !== counts.warningCount) return false;
  const a = stored.findingsByCategory ?? {};
  const b = counts.findingsByCategory;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
}
