/**
 * Re-linting a live moddle tree (the editor's model) after an edit, re-checking only what the
 * edit touched where rules allow it.
 *
 * A rule may declare its scope in `meta.scope` — a promise about what its reports on an element
 * (the reports it makes while visiting that element) depend on:
 *  - `'element'`: only on that element's own subtree (name, attributes, extension elements,
 *    children) and its diagram shapes; it reports only that element's id. After an edit such a
 *    rule re-checks the changed elements (with their subtrees and shapes).
 *  - `'neighbourhood'`: on that element's own subtree and on the sequence flows and other
 *    connections (associations, message flows) attached to it, with their attributes and their
 *    other ends' type and attributes (e.g. how many flows leave the gateway a flow comes from).
 *    After an edit such a rule re-checks the changed elements, the ends of changed connections
 *    (also their ends at the last run: a removed or reconnected flow changes its old ends), and
 *    the connections of all these with their other ends.
 * Scoped rules keep no bookkeeping across elements; their other reports are kept from the last
 * run. Every other rule runs in full on each re-lint (in one traversal, as always), and so does
 * everything whenever the tree is not the one linted last. Reports keep the order of a full lint,
 * so `relint` returns exactly what `lint` would (for that, scoped rules report from
 * `enter`/`check`, not from `leave`).
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
   * removed element pass its old id). Same result as `lint`, cheaper for scoped rules.
   */
  relint(definitions: ModdleElement, changedIds: Iterable<string>): LintResult;
  /** How many of the rules re-check only changed elements. */
  readonly elementScopedRules: number;
  /** How many of the rules re-check only changed elements and their connected neighbours. */
  readonly neighbourhoodScopedRules: number;
}

type Scope = 'element' | 'neighbourhood';

/** The declared scope of a rule instance (undefined: the rule needs the whole model). */
export function ruleScope(rule: RuleDefinition | FailedRule): Scope | undefined {
  if (rule instanceof FailedRule) return undefined;
  const scope = rule.meta?.scope;
  return scope === 'element' || scope === 'neighbourhood' ? scope : undefined;
}

interface LastRun {
  definitions: ModdleElement;
  reports: RuleReport[][];
  visited: ModdleElement[][];
  errors: unknown[];
  /** The ends of every connection by its id, as they were in this run (neighbourhood rules only). */
  ends?: Map<string, ModdleElement[]>;
}

/** Create an incremental linter for one profile/config (rules are resolved once). */
export function createIncrementalLinter(options: LintOptions = {}): IncrementalLinter {
  const registry = options.registry ?? getPluginRegistry();
  const rules: ResolvedRule[] = resolveRules(registry, options);
  const today = () => isoDay(options.today ?? new Date());

  // Which rules are scoped is read from a throwaway set of instances once.
  const probe = instantiateRules(registry, rules, today());
  const scopes = rules.map((_, i) => ruleScope(probe[i]));
  const elementIdx = scopes.flatMap((s, i) => (s === 'element' ? [i] : []));
  const neighbourIdx = scopes.flatMap((s, i) => (s === 'neighbourhood' ? [i] : []));
  const fullIdx = scopes.flatMap((s, i) => (s ? [] : [i]));
  const trackEnds = neighbourIdx.length > 0;

  let last: LastRun | undefined;

  const lint = (definitions: ModdleElement): LintResult => {
    const started = performance.now();
    const outcome = runRulesOnce(definitions, instantiateRules(registry, rules, today()), { trackVisits: true });
    last = {
      definitions,
      reports: outcome.reports,
      visited: outcome.visited ?? [],
      errors: outcome.errors,
      ...(trackEnds ? { ends: connectionEnds(outcome.elementsById) } : {})
    };
    return toLintResult(definitions, rules, outcome, started);
  };

  const relint = (definitions: ModdleElement, changedIds: Iterable<string>): LintResult => {
    if (!last || last.definitions !== definitions || elementIdx.length + neighbourIdx.length === 0) return lint(definitions);
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
    const changed = new Set(changedIds);

    // 2. Element-scoped rules re-check the changed elements (their subtree and diagram shapes).
    if (elementIdx.length) {
      const diOf = diagramElementsOf(full.elementsById, changed);
      const candidates: ModdleElement[] = [];
      for (const id of changed) {
        const element = full.elementsById.get(id);
        if (element) candidates.push(element, ...(diOf.get(id) ?? []));
      }
      recheck(definitions, elementIdx, instances, outermost(candidates), previous, order, { reports, visited, errors });
    }

    // 3. Neighbourhood-scoped rules also re-check what the changed elements are connected to.
    const ends = trackEnds ? connectionEnds(full.elementsById) : undefined;
    if (neighbourIdx.length) {
      const near = neighbourhood(changed, full.elementsById, previous.ends ?? new Map());
      const candidates = [...near].filter((element) => order.has(element));
      recheck(definitions, neighbourIdx, instances, outermost(candidates), previous, order, { reports, visited, errors });
    }

    last = { definitions, reports, visited, errors, ...(ends ? { ends } : {}) };
    const outcome: TraversalOutcome = { reports, errors, elementsById: full.elementsById, elementCount: full.elementCount };
    return toLintResult(definitions, rules, outcome, started);
  };

  return { lint, relint, elementScopedRules: elementIdx.length, neighbourhoodScopedRules: neighbourIdx.length };
}

/**
 * Re-check scoped rules on the given roots (each with its subtree), keep their other reports
 * from the last run, and merge both in the order of a full run.
 */
function recheck(
  definitions: ModdleElement,
  ruleIdx: number[],
  instances: Array<RuleDefinition | FailedRule>,
  roots: ModdleElement[],
  previous: LastRun,
  order: Map<ModdleElement, number>,
  out: { reports: RuleReport[][]; visited: ModdleElement[][]; errors: unknown[] }
): void {
  for (const i of ruleIdx) {
    const rule = instances[i];
    if (previous.errors[i] !== undefined || rule instanceof FailedRule) {
      // failed last time (or now): check everything again, to report it like a full run
      const again = runRulesOnce(definitions, [rule], { trackVisits: true });
      out.reports[i] = again.reports[0];
      out.visited[i] = (again.visited as ModdleElement[][])[0];
      out.errors[i] = again.errors[0];
      continue;
    }
    const rechecked = new Set<ModdleElement>();
    const fresh: Array<{ report: RuleReport; at: ModdleElement }> = [];
    for (const root of roots) {
      const outcome = runRulesOnce(root, [rule], { trackVisits: true });
      if (outcome.errors[0] !== undefined) {
        out.errors[i] = outcome.errors[0];
        break;
      }
      for (const element of (outcome.order as Map<ModdleElement, number>).keys()) rechecked.add(element);
      const at = (outcome.visited as ModdleElement[][])[0];
      outcome.reports[0].forEach((report, k) => fresh.push({ report, at: at[k] }));
    }
    if (out.errors[i] !== undefined) {
      out.reports[i] = [];
      out.visited[i] = [];
      continue;
    }
    // keep reports of elements that still exist and were not re-checked; merge in visit order
    const kept = previous.reports[i]
      .map((report, k) => ({ report, at: previous.visited[i][k] }))
      .filter((r) => order.has(r.at) && !rechecked.has(r.at));
    const merged = [...kept, ...fresh]
      .map((r, seq) => ({ ...r, seq, pos: order.get(r.at) ?? -1 }))
      .sort((a, b) => a.pos - b.pos || a.seq - b.seq);
    out.reports[i] = merged.map((r) => r.report);
    out.visited[i] = merged.map((r) => r.at);
  }
}

/** The candidates not inside another candidate (an element inside another is re-checked with it, not twice). */
function outermost(candidates: ModdleElement[]): ModdleElement[] {
  const set = new Set(candidates);
  const seen = new Set<ModdleElement>();
  return candidates.filter((element) => {
    if (seen.has(element)) return false;
    seen.add(element);
    for (let p = element.$parent; p; p = p.$parent) if (set.has(p)) return false;
    return true;
  });
}

/** The elements a connection joins (`sourceRef`/`targetRef`, single or lists, as data associations have). */
function endsOf(element: ModdleElement): ModdleElement[] {
  const out: ModdleElement[] = [];
  for (const ref of [element.sourceRef, element.targetRef]) {
    if (Array.isArray(ref)) {
      for (const r of ref) if (r && typeof r === 'object') out.push(r as ModdleElement);
    } else if (ref && typeof ref === 'object') {
      out.push(ref as ModdleElement);
    }
  }
  return out;
}

/** Every connection's ends by its id (read from the run's id index). */
function connectionEnds(byId: Map<string, ModdleElement>): Map<string, ModdleElement[]> {
  const out = new Map<string, ModdleElement[]>();
  for (const [id, element] of byId) {
    if (element.sourceRef === undefined && element.targetRef === undefined) continue;
    const ends = endsOf(element);
    if (ends.length) out.set(id, ends);
  }
  return out;
}

/** The connections attached to a flow node (sequence flows in and out). */
function connectionsOf(element: ModdleElement): ModdleElement[] {
  const out: ModdleElement[] = [];
  for (const list of [element.incoming, element.outgoing]) {
    if (Array.isArray(list)) for (const c of list) if (c && typeof c === 'object') out.push(c as ModdleElement);
  }
  return out;
}

/**
 * What neighbourhood-scoped rules re-check after an edit: the changed elements, the ends of
 * changed connections now and at the last run, and — for all of these — their connections and
 * those connections' other ends.
 */
function neighbourhood(changed: Set<string>, byId: Map<string, ModdleElement>, lastEnds: Map<string, ModdleElement[]>): Set<ModdleElement> {
  const near = new Set<ModdleElement>();
  for (const id of changed) {
    const element = byId.get(id);
    if (element) {
      near.add(element);
      for (const end of endsOf(element)) near.add(end);
    }
    for (const end of lastEnds.get(id) ?? []) near.add(end);
  }
  for (const element of [...near]) {
    for (const connection of connectionsOf(element)) {
      near.add(connection);
      for (const end of endsOf(connection)) near.add(end);
    }
  }
  return near;
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
