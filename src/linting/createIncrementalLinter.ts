/**
 * Re-linting a live moddle tree (the editor's model) after an edit, re-checking only what the
 * edit touched where rules allow it.
 *
 * A rule may declare `meta.scope: 'element'` — a promise that its reports about an element
 * depend only on that element's own subtree (name, attributes, extension elements, children)
 * and its diagram shapes, that it reports only that element's id, and that it keeps no
 * bookkeeping across elements. Such rules re-check only the changed elements; their other
 * reports are kept from the last run. Every other rule runs in full on each re-lint (in one
 * traversal, as always), and so does everything whenever the tree is not the one linted last.
 * Reports keep the order of a full lint, so `relint` returns exactly what `lint` would (for
 * that, element-scoped rules report from `enter`/`check`, not from `leave`).
 */
import type { ModdleElement } from '../bpmn/moddle';
import { instantiateRules, isoDay, toLintResult } from './lintDefinitions';
import type { LintOptions, LintResult } from './lintTypes';
import { resolveRules, type ResolvedRule } from './resolveRules';
import type { RuleDefinition, RuleReport } from './ruleApi';
import { getPluginRegistry } from './ruleRegistry';
import { FailedRule, runRulesOnce, type TraversalOutcome } from './runRulesOnce';

/** A linter that remembers its last run to re-lint after edits. */
export interface IncrementalLinter {
  /** Lint the whole tree and remember the outcome. */
  lint(definitions: ModdleElement): LintResult;
  /**
   * Re-lint after an edit of the elements with these ids (added, changed or removed — for a
   * removed element pass its old id). Same result as `lint`, cheaper for element-scoped rules.
   */
  relint(definitions: ModdleElement, changedIds: Iterable<string>): LintResult;
  /** How many of the rules re-check only changed elements. */
  readonly elementScopedRules: number;
}

/** True when a rule instance declares that it checks each element on its own. */
export function isElementScoped(rule: RuleDefinition | FailedRule): boolean {
  return !(rule instanceof FailedRule) && rule.meta?.scope === 'element';
}

/** Create an incremental linter for one profile/config (rules are resolved once). */
export function createIncrementalLinter(options: LintOptions = {}): IncrementalLinter {
  const registry = options.registry ?? getPluginRegistry();
  const rules: ResolvedRule[] = resolveRules(registry, options);
  const today = () => isoDay(options.today ?? new Date());

  // Which rules are element-scoped is read from a throwaway set of instances once.
  const probe = instantiateRules(registry, rules, today());
  const scoped = rules.map((_, i) => isElementScoped(probe[i]));
  const scopedIdx = scoped.flatMap((s, i) => (s ? [i] : []));
  const fullIdx = scoped.flatMap((s, i) => (s ? [] : [i]));

  let last: { definitions: ModdleElement; reports: RuleReport[][]; visited: ModdleElement[][]; errors: unknown[] } | undefined;

  const lint = (definitions: ModdleElement): LintResult => {
    const started = performance.now();
    const outcome = runRulesOnce(definitions, instantiateRules(registry, rules, today()), { trackVisits: true });
    last = { definitions, reports: outcome.reports, visited: outcome.visited ?? [], errors: outcome.errors };
    return toLintResult(definitions, rules, outcome, started);
  };

  const relint = (definitions: ModdleElement, changedIds: Iterable<string>): LintResult => {
    if (!last || last.definitions !== definitions || scopedIdx.length === 0) return lint(definitions);
    const started = performance.now();
    const previous = last;
    const instances = instantiateRules(registry, rules, today());

    // 1. Rules that need the whole model run in full — this traversal also indexes the tree.
    const full = runRulesOnce(definitions, fullIdx.map((i) => instances[i]), { trackVisits: true });
    const order = full.order as Map<ModdleElement, number>;
    const reports: RuleReport[][] = new Array(rules.length);
    const visited: ModdleElement[][] = new Array(rules.length);
    const errors: unknown[] = new Array(rules.length).fill(undefined);
    fullIdx.forEach((i, k) => {
      reports[i] = full.reports[k];
      visited[i] = (full.visited as ModdleElement[][])[k];
      errors[i] = full.errors[k];
    });

    // 2. Element-scoped rules re-check the changed elements (their subtree and diagram shapes).
    const changed = new Set(changedIds);
    const diOf = diagramElementsOf(full.elementsById, changed);
    const candidates: ModdleElement[] = [];
    for (const id of changed) {
      const element = full.elementsById.get(id);
      if (element) candidates.push(element, ...(diOf.get(id) ?? []));
    }
    // an element inside another changed element is re-checked with it, not twice
    const candidateSet = new Set(candidates);
    const roots = candidates.filter((element) => {
      for (let p = element.$parent; p; p = p.$parent) if (candidateSet.has(p)) return false;
      return true;
    });
    for (const i of scopedIdx) {
      const rule = instances[i];
      if (previous.errors[i] !== undefined || rule instanceof FailedRule) {
        // failed last time (or now): check everything again, to report it like a full run
        const again = runRulesOnce(definitions, [rule], { trackVisits: true });
        reports[i] = again.reports[0];
        visited[i] = (again.visited as ModdleElement[][])[0];
        errors[i] = again.errors[0];
        continue;
      }
      const rechecked = new Set<ModdleElement>();
      const fresh: Array<{ report: RuleReport; at: ModdleElement }> = [];
      for (const root of roots) {
        const outcome = runRulesOnce(root, [rule], { trackVisits: true });
        if (outcome.errors[0] !== undefined) {
          errors[i] = outcome.errors[0];
          break;
        }
        for (const element of (outcome.order as Map<ModdleElement, number>).keys()) rechecked.add(element);
        const at = (outcome.visited as ModdleElement[][])[0];
        outcome.reports[0].forEach((report, k) => fresh.push({ report, at: at[k] }));
      }
      if (errors[i] !== undefined) {
        reports[i] = [];
        visited[i] = [];
        continue;
      }
      // keep reports of elements that still exist and were not re-checked; merge in visit order
      const kept = previous.reports[i]
        .map((report, k) => ({ report, at: previous.visited[i][k] }))
        .filter((r) => order.has(r.at) && !rechecked.has(r.at));
      const merged = [...kept, ...fresh]
        .map((r, seq) => ({ ...r, seq, pos: order.get(r.at) ?? -1 }))
        .sort((a, b) => a.pos - b.pos || a.seq - b.seq);
      reports[i] = merged.map((r) => r.report);
      visited[i] = merged.map((r) => r.at);
    }

    last = { definitions, reports, visited, errors };
    const outcome: TraversalOutcome = { reports, errors, elementsById: full.elementsById, elementCount: full.elementCount };
    return toLintResult(definitions, rules, outcome, started);
  };

  return { lint, relint, elementScopedRules: scopedIdx.length };
}

/** Diagram shapes/edges of the changed elements (they report on, and belong to, the element). */
function diagramElementsOf(byId: Map<string, ModdleElement>, ids: Set<string>): Map<string, ModdleElement[]> {
  const out = new Map<string, ModdleElement[]>();
  for (const element of byId.values()) {
    const target = element.bpmnElement as ModdleElement | undefined;
    if (!target || !element.$type.startsWith('bpmndi:') || typeof target.id !== 'string' || !ids.has(target.id)) continue;
    const list = out.get(target.id);
    if (list) list.push(element);
    else out.set(target.id, [element]);
  }
  return out;
}
