/**
 * The reviewer report (Prüfprotokoll) as plain data: built by `buildReviewReport`, shown by the
 * app and written by the HTML and CSV exporters.
 */
import type { Finding, RuleCategory, Severity } from '../../domain/model/finding';
import type { Modellart } from '../../domain/model/gpmAttributes';
import type { Profile } from '../profiles';
import type { ComplianceScore } from './complianceScore';
import type { FindingsDelta } from './findingsDelta';

/** One variant to report on: its current findings and, optionally, an earlier revision's. */
export interface ReviewVariantInput {
  name: string;
  variantId?: string;
  organisationseinheit?: string;
  modellart?: Modellart;
  /** Which revision was checked, e.g. "Version 3 vom 12.03.2025". */
  revisionLabel?: string;
  profile: Profile;
  findings: readonly Finding[];
  /** `LintStats.checkedElements` of the lint run. */
  checkedElements: number;
  /** The earlier revision to compare with. */
  previous?: { label: string; findings: readonly Finding[] };
}

/** Metadata of a rule as the report shows it. */
export interface ReportRuleInfo {
  title: string;
  code?: string;
  category?: RuleCategory;
}

export interface ReviewReportOptions {
  title?: string;
  /** Time of the report; default now. */
  createdAt?: string | Date;
  reviewer?: string;
  /** Rule titles and codes; default: the convention plugin's catalog. */
  ruleInfo?: (ruleId: string) => ReportRuleInfo | undefined;
}

/** A finding in the report, with a display name for unnamed elements. */
export interface ReportFinding {
  elementId: string;
  elementName: string;
  /** The element name, or "ohne Namen (<id>)". */
  displayName: string;
  message: string;
  severity: Severity;
  waived?: Finding['waived'];
  /** Against the earlier revision (only when one was given; open findings only). */
  change?: 'new' | 'unchanged';
}

/** All findings of one rule in one variant. */
export interface RuleFindings {
  rule: string;
  code?: string;
  title: string;
  category: RuleCategory | 'rule-error';
  /** Highest severity among the rule's findings. */
  severity: Severity;
  open: number;
  waived: number;
  /** Open findings first, then waived ones; each group in model order. */
  findings: ReportFinding[];
}

/** An accepted finding with its reason. */
export interface WaiverEntry {
  rule: string;
  code?: string;
  title: string;
  elementId: string;
  elementName: string;
  displayName: string;
  message: string;
  reason: string;
  author?: string;
  createdAt?: string;
}

/** The report section of one variant. */
export interface VariantReview {
  name: string;
  variantId?: string;
  organisationseinheit?: string;
  modellart?: Modellart;
  revisionLabel?: string;
  profile: Profile;
  profileLabel: string;
  score: ComplianceScore;
  open: Record<Severity, number>;
  waived: number;
  ruleErrors: number;
  rules: RuleFindings[];
  waivers: WaiverEntry[];
  delta?: FindingsDelta & { againstLabel: string };
}

/** The whole Prüfprotokoll. */
export interface ReviewReport {
  title: string;
  /** ISO timestamp. */
  createdAt: string;
  reviewer?: string;
  /** German definition of the score (`SCORE_DEFINITION_DE`). */
  scoreDefinition: string;
  variants: VariantReview[];
  total: { score: ComplianceScore; open: Record<Severity, number>; waived: number; ruleErrors: number };
}
