/**
 * What the store needs to check models against the convention (built by the composition root
 * over `src/linting/`, its worker and the report exporters). Types only here: the store never
 * imports the engine itself.
 */
import type { Modellart } from '../domain/model/gpmAttributes';
import type { RuleCategory } from '../domain/model/finding';
import type { LintResult } from '../linting/lintTypes';
import type { Profile } from '../linting/profiles';
import type { ReviewReport, ReviewReportOptions, ReviewVariantInput } from '../linting/report/reviewReportTypes';
import type { AppError } from '../shared/errors';

/** Outcome of linting XML: a result, an error as a value, or overtaken by a newer request. */
export type LintRun = { status: 'done'; result: LintResult } | { status: 'superseded' } | { status: 'failed'; error: AppError };

/** A rule as the findings panel explains it. */
export interface RuleInfo {
  id: string;
  code?: string;
  category: RuleCategory | 'rule-error';
  title: string;
  description?: string;
  rationale?: string;
  /** Severity per profile from the catalog ('off' when not in the profile). */
  severity: Partial<Record<Profile, string>>;
}

export interface LintService {
  /**
   * Lint a live moddle tree (`bpmn:Definitions`) on the main thread. With `changedIds` (elements
   * added, changed or removed since the last call on the same tree and profile) only what the
   * edit can affect is re-checked; the result equals a full lint.
   */
  lintTree(definitions: unknown, profile: Profile, changedIds?: Iterable<string>): LintResult;
  /** Lint XML in the editor's worker; latest wins (an overtaken call resolves `superseded`). */
  lintXmlLatest(xml: string, profile: Profile): Promise<LintRun>;
  /** Lint XML in the background worker, one job after the other (library counts, reports). */
  lintXmlQueued(xml: string, profile: Profile, fileName?: string): Promise<LintRun>;
  /** IST → `basis`, SOLL → `soll`. */
  profileForModellart(modellart: Modellart | undefined): Profile;
  /** Catalog metadata of a rule (read at runtime). */
  ruleInfo(ruleId: string): RuleInfo | undefined;
  buildReport(variants: readonly ReviewVariantInput[], options?: ReviewReportOptions): ReviewReport;
  /** The report as a file: self-contained HTML (prints to PDF) or CSV. */
  exportReport(report: ReviewReport, format: ReportFormat): { text: string; mime: string; extension: string };
}

export type ReportFormat = 'html' | 'csv';
