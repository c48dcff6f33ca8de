/**
 * Filtering and grouping of findings for the findings panel — pure, so it is tested without a
 * browser. Groups are categories (catalog order) or severities (error first), each with its
 * rules (most severe and most frequent first) and counts per severity and of waived findings.
 */
import type { Finding, RuleCategory, Severity } from '../../../domain/model/finding';

export type GroupBy = 'category' | 'severity';

export interface FindingFilter {
  severities: readonly Severity[];
  /** One category, or undefined for all. */
  category?: string;
  showWaived: boolean;
  /** Only findings on these element ids (the selection), or undefined for all. */
  elementIds?: readonly string[];
}

/** Open counts per severity and the waived count. */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  waived: number;
}

/** A finding with a key that stays the same across lint runs while the finding does. */
export interface KeyedFinding {
  key: string;
  finding: Finding;
}

export interface RuleGroup {
  rule: string;
  code?: string;
  title: string;
  /** Highest severity among the group's findings. */
  severity: Severity;
  counts: FindingCounts;
  findings: KeyedFinding[];
}

export interface FindingGroup {
  key: string;
  counts: FindingCounts;
  rules: RuleGroup[];
}

export const CATEGORY_ORDER: readonly (RuleCategory | 'rule-error')[] = ['palette', 'structure', 'organisation', 'naming', 'layout', 'documentation', 'digitisation', 'rule-error'];
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const emptyCounts = (): FindingCounts => ({ error: 0, warning: 0, info: 0, waived: 0 });

function add(counts: FindingCounts, f: Finding): void {
  if (f.waived) counts.waived++;
  else counts[f.severity]++;
}

/** Counts of a list of findings. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const c = emptyCounts();
  for (const f of findings) add(c, f);
  return c;
}

/** Stable keys: rule, element and message, numbered when the same triple occurs twice. */
export function keyFindings(findings: readonly Finding[]): KeyedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.rule}|${finding.elementId}|${finding.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n ? `${base}#${n}` : base, finding };
  });
}

/** Findings that pass the filter (waived ones only with `showWaived`; a waived finding's severity still filters). */
export function filterFindings(findings: readonly KeyedFinding[], filter: FindingFilter): KeyedFinding[] {
  const ids = filter.elementIds ? new Set(filter.elementIds) : undefined;
  return findings.filter(({ finding: f }) => {
    if (f.waived && !filter.showWaived) return false;
    if (!filter.severities.includes(f.severity)) return false;
    if (filter.category && f.category !== filter.category) return false;
    if (ids && !ids.has(f.elementId)) return false;
    return true;
  });
}

/** Group findings; `ruleTitle` gives a rule's title and code from the catalog. */
export function groupFindings(
  findings: readonly KeyedFinding[],
  groupBy: GroupBy,
  ruleTitle: (rule: string) => { title: string; code?: string }
): FindingGroup[] {
  const groups = new Map<string, { counts: FindingCounts; rules: Map<string, RuleGroup> }>();
  for (const kf of findings) {
    const f = kf.finding;
    const key = groupBy === 'category' ? f.category : f.severity;
    let g = groups.get(key);
    if (!g) {
      g = { counts: emptyCounts(), rules: new Map() };
      groups.set(key, g);
    }
    add(g.counts, f);
    let r = g.rules.get(f.rule);
    if (!r) {
      const info = ruleTitle(f.rule);
      r = { rule: f.rule, ...(f.code ?? info.code ? { code: f.code ?? info.code } : {}), title: info.title, severity: f.severity, counts: emptyCounts(), findings: [] };
      g.rules.set(f.rule, r);
    }
    if (RANK[f.severity] > RANK[r.severity]) r.severity = f.severity;
    add(r.counts, f);
    r.findings.push(kf);
  }
  const order: readonly string[] = groupBy === 'category' ? CATEGORY_ORDER : SEVERITY_ORDER;
  const position = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const open = (c: FindingCounts) => c.error + c.warning + c.info;
  return [...groups.entries()]
    .sort(([a], [b]) => position(a) - position(b) || a.localeCompare(b))
    .map(([key, g]) => ({
      key,
      counts: g.counts,
      rules: [...g.rules.values()]
        .map((r) => ({ ...r, findings: [...r.findings.filter((x) => !x.finding.waived), ...r.findings.filter((x) => x.finding.waived)] }))
        .sort(
          (a, b) =>
            Number(open(b.counts) > 0) - Number(open(a.counts) > 0) ||
            RANK[b.severity] - RANK[a.severity] ||
            open(b.counts) - open(a.counts) ||
            (a.code ?? a.rule).localeCompare(b.code ?? b.rule)
        )
    }));
}
