/**
 * The lint engine: runs a convention profile over a moddle tree and returns `Finding`s.
 *
 * 1. Resolve the rules (profile or config, team overrides) with severities and parameters.
 * 2. Create FRESH rule instances (bpmnlint rules keep bookkeeping in their closures).
 * 3. Walk the tree once, handing every element to every rule (`runRulesOnce`).
 * 4. Map reports to findings: element id → element and name; DI ids → their BPMN element;
 *    reports without an element become model-level findings on the definitions.
 * 5. Mark findings accepted by a waiver; a failed rule becomes one `rule-error` finding.
 */
import type { ModdleElement } from '../bpmn/moddle';
import type { Finding, Severity } from '../domain/model/finding';
import { appError, formatError } from '../shared/errors';
import { countCheckedElements } from './checkedElements';
import { elementLabel, modelName } from './elementNames';
import type { LintOptions, LintResult, RuleErrorInfo } from './lintTypes';
import { resolveRules, type ResolvedRule } from './resolveRules';
import type { RuleDefinition } from './ruleApi';
import { getPluginRegistry, type RuleRegistry } from './ruleRegistry';
import { FailedRule, runRulesOnce, type TraversalOutcome } from './runRulesOnce';
import { findWaiver } from './waivers';

/** Severity of a `rule-error` finding: visible, but a bug in a rule does not fail a model's check by default. */
export const RULE_ERROR_SEVERITY: Severity = 'warning';

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/**
 * The severity of one report: the rule's level, lowered by a severity hint the rule attached
 * (`reporter.report(id, message, { severity: 'warning' })`, see the plugin's `lib/severity.js`);
 * a hint never raises a finding above the rule's configured level. Unknown hints are ignored.
 */
export function reportSeverity(ruleLevel: Severity, hint: unknown): Severity {
  const h = hint === 'warn' ? 'warning' : hint;
  if (h !== 'error' && h !== 'warning' && h !== 'info') return ruleLevel;
  return RANK[h] < RANK[ruleLevel] ? h : ruleLevel;
}

/** `YYYY-MM-DD` of a date (local calendar day) or of an ISO string. */
export function isoDay(value: string | Date): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/** Fresh rule instances for one run; a missing module or a throwing factory becomes a `FailedRule`. */
export function instantiateRules(registry: RuleRegistry, rules: readonly ResolvedRule[], today: string): Array<RuleDefinition | FailedRule> {
  return rules.map((rule) => {
    const factory = registry.factory(rule.id);
    if (typeof factory !== 'function') return new FailedRule(new Error('Regelmodul nicht gefunden'));
    try {
      return factory({ ...rule.params, today });
    } catch (e) {
      return new FailedRule(e);
    }
  });
}

/**
 * Lint a moddle tree (`bpmn:Definitions`) with a profile (default `basis`) or a config.
 * Never throws for a failing rule; deterministic order (rule order, then traversal order).
 */
export function lintDefinitions(definitions: ModdleElement, options: LintOptions = {}): LintResult {
  const started = performance.now();
  const registry = options.registry ?? getPluginRegistry();
  const rules = resolveRules(registry, options);
  const today = isoDay(options.today ?? new Date());
  const outcome = runRulesOnce(definitions, instantiateRules(registry, rules, today));
  return toLintResult(definitions, rules, outcome, started);
}

/** Turn a traversal outcome into findings, rule errors and counts. */
export function toLintResult(definitions: ModdleElement, rules: readonly ResolvedRule[], outcome: TraversalOutcome, started: number): LintResult {
  const model = modelLevel(definitions);
  const findings: Finding[] = [];
  const ruleErrors: RuleErrorInfo[] = [];

  rules.forEach((rule, i) => {
    const error = outcome.errors[i];
    if (error !== undefined) {
      const reason = error instanceof Error ? error.message : String(error);
      const message = formatError(appError('lint/rule-error', { rule: rule.id, reason }));
      ruleErrors.push({ rule: rule.id, reason, message });
      findings.push({
        rule: 'rule-error',
        category: 'rule-error',
        severity: RULE_ERROR_SEVERITY,
        elementId: model.id,
        elementName: model.name,
        message
      });
      return;
    }
    for (const report of outcome.reports[i]) {
      if (report.severity === 'off') continue;
      const target = resolveTarget(report.id, outcome.elementsById, definitions);
      const finding: Finding = {
        rule: rule.id,
        ...(rule.code ? { code: rule.code } : {}),
        category: rule.category,
        severity: reportSeverity(rule.severity, report.severity),
        elementId: target.element ? String(target.element.id ?? model.id) : report.id ?? model.id,
        elementName: target.element === definitions ? model.name : elementLabel(target.element),
        message: String(report.message)
      };
      const waiverHolders = target.element === definitions ? model.holders : target.element ? waiverHoldersOf(target.element, definitions) : [];
      const waiver = findWaiver(waiverHolders, rule.id, rule.code);
      if (waiver) {
        finding.waived = { reason: waiver.reason, ...(waiver.author ? { author: waiver.author } : {}), ...(waiver.createdAt ? { createdAt: waiver.createdAt } : {}) };
      }
      findings.push(finding);
    }
  });

  const open: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let waived = 0;
  for (const f of findings) {
    if (f.waived) waived++;
    else open[f.severity]++;
  }
  return {
    findings,
    rules: rules.map((r) => ({ id: r.id, ...(r.code ? { code: r.code } : {}), category: r.category, severity: r.severity })),
    ruleErrors,
    stats: {
      ruleCount: rules.length,
      elementCount: outcome.elementCount,
      checkedElements: countCheckedElements(outcome.elementsById.values()),
      open,
      waived,
      ruleErrors: ruleErrors.length,
      durationMs: performance.now() - started
    }
  };
}

/** The element a report is about; DI shapes/edges stand for their BPMN element. */
function resolveTarget(id: string | undefined, byId: Map<string, ModdleElement>, definitions: ModdleElement): { element?: ModdleElement } {
  if (id === undefined || id === null || id === '') return { element: definitions };
  let element = byId.get(id);
  if (!element) return {};
  if (element.$type.startsWith('bpmndi:') && element.bpmnElement && typeof element.bpmnElement === 'object') {
    element = element.bpmnElement as ModdleElement;
  }
  return { element };
}

/**
 * Where a waiver for a finding on `element` may sit: the element itself; for a pool also the
 * process it draws, and for a process also its pools (rules report process-level findings on
 * the pool, while a properties panel may store the waiver on either).
 */
function waiverHoldersOf(element: ModdleElement, definitions: ModdleElement): ModdleElement[] {
  if (element.$type === 'bpmn:Participant' && element.processRef && typeof element.processRef === 'object') {
    return [element, element.processRef as ModdleElement];
  }
  if (element.$type === 'bpmn:Process') {
    const pools: ModdleElement[] = [];
    for (const root of (definitions.rootElements as ModdleElement[] | undefined) ?? []) {
      if (root.$type !== 'bpmn:Collaboration') continue;
      for (const p of (root.participants as ModdleElement[] | undefined) ?? []) if (p.processRef === element) pools.push(p);
    }
    return [element, ...pools];
  }
  return [element];
}

/** Identity of model-level findings and where their waivers may sit (definitions, processes, collaborations). */
function modelLevel(definitions: ModdleElement): { id: string; name: string; holders: ModdleElement[] } {
  const roots = ((definitions.rootElements as ModdleElement[] | undefined) ?? []).filter(
    (r) => r.$type === 'bpmn:Process' || r.$type === 'bpmn:Collaboration'
  );
  return { id: String(definitions.id ?? ''), name: modelName(definitions), holders: [definitions, ...roots] };
}
