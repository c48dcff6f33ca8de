/**
 * Builds the Prüfprotokoll for one variant or a selection: score, findings per rule with element
 * names, waivers with reasons, and the delta against an earlier revision. Pure; no I/O.
 */
import type { Finding, Severity } from '../../domain/model/finding';
import { PROFILE_LABELS } from '../profiles';
import { getPluginRegistry } from '../ruleRegistry';
import { combinedScore, complianceScore } from './complianceScore';
import { findingsDelta } from './findingsDelta';
import { REPORT_TEXTS, SCORE_DEFINITION_DE } from './reportTexts';
import type {
  ReportFinding,
  ReportRuleInfo,
  ReviewReport,
  ReviewReportOptions,
  ReviewVariantInput,
  RuleFindings,
  VariantReview,
  WaiverEntry
} from './reviewReportTypes';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Rule titles from the convention plugin's catalog (German title, else the id). */
export function pluginRuleInfo(ruleId: string): ReportRuleInfo | undefined {
  if (ruleId === 'rule-error') return { title: REPORT_TEXTS.ruleErrors, category: undefined };
  const record = getPluginRegistry().record(ruleId);
  return record ? { title: record.title?.de || ruleId, code: record.code, category: record.category } : undefined;
}

/** The element as a reader sees it: its name, or "ohne Namen (<id>)". */
export function displayElement(f: Pick<Finding, 'elementId' | 'elementName'>): string {
  return f.elementName || `${REPORT_TEXTS.unnamed} (${f.elementId})`;
}

/** Build the report. Deterministic for the same input and `createdAt`. */
export function buildReviewReport(variants: readonly ReviewVariantInput[], options: ReviewReportOptions = {}): ReviewReport {
  const ruleInfo = options.ruleInfo ?? pluginRuleInfo;
  const reviews = variants.map((v) => reviewVariant(v, ruleInfo));
  const open: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of reviews) for (const s of ['error', 'warning', 'info'] as const) open[s] += r.open[s];
  const createdAt = options.createdAt instanceof Date ? options.createdAt.toISOString() : options.createdAt ?? new Date().toISOString();
  return {
    title: options.title ?? REPORT_TEXTS.title,
    createdAt,
    ...(options.reviewer ? { reviewer: options.reviewer } : {}),
    scoreDefinition: SCORE_DEFINITION_DE,
    variants: reviews,
    total: {
      score: combinedScore(reviews.map((r) => r.score)),
      open,
      waived: reviews.reduce((n, r) => n + r.waived, 0),
      ruleErrors: reviews.reduce((n, r) => n + r.ruleErrors, 0)
    }
  };
}

function reviewVariant(input: ReviewVariantInput, ruleInfo: (id: string) => ReportRuleInfo | undefined): VariantReview {
  const open: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let waived = 0;
  let ruleErrors = 0;
  for (const f of input.findings) {
    if (f.rule === 'rule-error') ruleErrors++;
    if (f.waived) waived++;
    else open[f.severity]++;
  }
  const titleOf = (f: Finding) => ruleInfo(f.rule)?.title ?? f.rule;

  const waivers: WaiverEntry[] = input.findings
    .filter((f) => f.waived)
    .map((f) => ({
      rule: f.rule,
      ...(f.code ? { code: f.code } : {}),
      title: titleOf(f),
      elementId: f.elementId,
      elementName: f.elementName,
      displayName: displayElement(f),
      message: f.message,
      reason: f.waived?.reason ?? '',
      ...(f.waived?.author ? { author: f.waived.author } : {}),
      ...(f.waived?.createdAt ? { createdAt: f.waived.createdAt } : {})
    }));

  const delta = input.previous ? findingsDelta(input.previous.findings, input.findings) : undefined;
  const isNew = new Set<Finding>(delta?.newFindings ?? []);
  const changeOf = (f: Finding): ReportFinding['change'] =>
    !delta || f.waived || f.rule === 'rule-error' ? undefined : isNew.has(f) ? 'new' : 'unchanged';

  return {
    name: input.name,
    ...(input.variantId ? { variantId: input.variantId } : {}),
    ...(input.organisationseinheit ? { organisationseinheit: input.organisationseinheit } : {}),
    ...(input.modellart ? { modellart: input.modellart } : {}),
    ...(input.revisionLabel ? { revisionLabel: input.revisionLabel } : {}),
    profile: input.profile,
    profileLabel: PROFILE_LABELS[input.profile],
    score: complianceScore(input.findings, input.checkedElements),
    open,
    waived,
    ruleErrors,
    rules: groupByRule(input.findings, ruleInfo, changeOf),
    waivers,
    ...(input.previous && delta
      ? { delta: { ...delta, fixedFindings: delta.fixedFindings.map((f) => ({ ...f, title: titleOf(f) })), againstLabel: input.previous.label } }
      : {})
  };
}

/** Findings grouped per rule; rules sorted by severity, open count, then code/id. */
function groupByRule(
  findings: readonly Finding[],
  ruleInfo: (id: string) => ReportRuleInfo | undefined,
  changeOf: (f: Finding) => ReportFinding['change']
): RuleFindings[] {
  const groups = new Map<string, RuleFindings>();
  for (const f of findings) {
    let group = groups.get(f.rule);
    if (!group) {
      const info = ruleInfo(f.rule);
      const code = f.code ?? info?.code;
      group = {
        rule: f.rule,
        ...(code ? { code } : {}),
        title: info?.title ?? f.rule,
        category: f.category,
        severity: f.severity,
        open: 0,
        waived: 0,
        findings: []
      };
      groups.set(f.rule, group);
    }
    if (RANK[f.severity] > RANK[group.severity]) group.severity = f.severity;
    if (f.waived) group.waived++;
    else group.open++;
    const item: ReportFinding = {
      elementId: f.elementId,
      elementName: f.elementName,
      displayName: displayElement(f),
      message: f.message,
      severity: f.severity,
      ...(f.waived ? { waived: f.waived } : {})
    };
    const change = changeOf(f);
    if (change) item.change = change;
    group.findings.push(item);
  }
  const list = [...groups.values()];
  for (const g of list) g.findings = [...g.findings.filter((f) => !f.waived), ...g.findings.filter((f) => f.waived)];
  return list.sort(
    (a, b) =>
      Number(b.open > 0) - Number(a.open > 0) ||
      RANK[b.severity] - RANK[a.severity] ||
      b.open - a.open ||
      (a.code ?? a.rule).localeCompare(b.code ?? b.rule)
  );
}
