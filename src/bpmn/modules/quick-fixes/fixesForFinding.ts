/**
 * Which quick fixes a finding offers: the fixes its rule's catalog record names (`quickFix`,
 * read at runtime — other teams add rules and fixes by editing the catalog), plus fixes that
 * declare the rule in `alsoForRules`; each only when its plan says it is applicable and safe.
 */
import { getRuleMeta } from 'bpmnlint-plugin-gpm/lib/ruleMeta.js';
import type { Finding } from '../../../domain/model/finding';
import { QUICK_FIXES } from './quickFixRegistry';
import type { FixTarget, QuickFix } from './quickFixTypes';

type MetaLookup = (rule: string) => { quickFix?: unknown } | undefined;

/** The quick-fix ids a rule's catalog record names (a string or a list). */
export function catalogFixIds(rule: string, meta: MetaLookup = getRuleMeta): string[] {
  const named = meta(rule)?.quickFix;
  if (typeof named === 'string') return [named];
  return Array.isArray(named) ? named.filter((x): x is string => typeof x === 'string') : [];
}

/** Fixes that may apply to findings of a rule (before looking at the element). */
export function candidateFixes(rule: string, fixes: readonly QuickFix<any>[] = QUICK_FIXES, meta: MetaLookup = getRuleMeta): QuickFix<any>[] {
  const ids = catalogFixIds(rule, meta);
  return fixes.filter((f) => ids.includes(f.id) || !!f.alsoForRules?.includes(rule));
}

/** A fix with its plan for one finding. */
export interface PlannedFix {
  fix: QuickFix<any>;
  plan: unknown;
}

/** Applicable fixes for an open finding on this element (waived findings and rule errors get none). */
export function plannedFixes(finding: Finding, target: FixTarget, fixes: readonly QuickFix<any>[] = QUICK_FIXES, meta: MetaLookup = getRuleMeta): PlannedFix[] {
  if (finding.waived || finding.rule === 'rule-error') return [];
  const out: PlannedFix[] = [];
  for (const fix of candidateFixes(finding.rule, fixes, meta)) {
    const plan = fix.plan(target, finding);
    if (plan !== undefined) out.push({ fix, plan });
  }
  return out;
}
