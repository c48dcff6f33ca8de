/**
 * Runs many bpmnlint rule instances over a moddle tree in ONE depth-first traversal.
 *
 * Semantics per rule are those of bpmnlint's `testRule` + `traverse` (node_modules/bpmnlint/lib):
 * each rule sees the elements in the same order with `enter` before and `leave` after the
 * element's subtree; `enter` returning `false` hides the subtree from that rule only (its `leave`
 * for the element itself still runs); a rule that throws stops for the rest of the run, its
 * reports are dropped and the error is returned instead — the other rules go on. Rules without
 * any check function fail with bpmnlint's "no check implemented".
 *
 * Type dispatch: a rule may declare `meta.types` (e.g. `['bpmn:FlowNode']`, `bpmn:` implied
 * without prefix) — a promise that its check does nothing for elements of other types. The
 * engine then hands it only elements that are instances of one of those types (enter and
 * leave alike), which saves most calls: two thirds of a model's elements are diagram data.
 * bpmnlint ignores the declaration, so an honest declaration gives identical reports (the
 * equivalence tests check this on real models).
 *
 * Deviation, on purpose: a child property holding `undefined`/`null` (which a live bpmn-js tree
 * can contain after an edit) is skipped instead of crashing every rule.
 */
import type { ModdleElement } from '../bpmn/moddle';
import { childProperties } from './childProperties';
import type { EnterFn, LeaveFn, RuleDefinition, RuleReport, RuleReporter } from './ruleApi';

/** What one traversal produced: reports or an error per rule, plus an id index of the tree. */
export interface TraversalOutcome {
  /** Reports per rule, in the order of the `rules` argument (empty for failed rules). */
  reports: RuleReport[][];
  /** The error a rule threw (undefined for rules that ran through). */
  errors: unknown[];
  /** Every element with an id, first occurrence wins. */
  elementsById: Map<string, ModdleElement>;
  /** Number of elements visited. */
  elementCount: number;
  /** With `trackVisits`: the element being visited when each report was made (parallel to `reports`). */
  visited?: ModdleElement[][];
  /** With `trackVisits`: the pre-order position of every visited element. */
  order?: Map<ModdleElement, number>;
}

/** Options of a traversal. */
export interface TraversalOptions {
  /** Record which element each report came from, and the visit order (for incremental re-lints). */
  trackVisits?: boolean;
}

/** A reporter with bpmnlint's `Reporter.report` semantics (array → `path`, object → merged). */
export function createReporter(messages: RuleReport[], onReport?: () => void): RuleReporter {
  return {
    report(id: string | undefined, message: string, pathOrContext?: unknown) {
      onReport?.();
      let report: RuleReport = { id, message };
      if (pathOrContext && Array.isArray(pathOrContext)) report = { ...report, path: pathOrContext };
      if (pathOrContext && Object.prototype.toString.call(pathOrContext) === '[object Object]') {
        report = { ...report, ...(pathOrContext as Record<string, unknown>) };
      }
      messages.push(report);
    }
  };
}

/** The declared element types of a rule (`meta.types`), normalised; undefined = all elements. */
export function declaredTypes(rule: RuleDefinition): string[] | undefined {
  const types = rule.meta?.types;
  if (!Array.isArray(types) || types.length === 0 || !types.every((t) => typeof t === 'string')) return undefined;
  return (types as string[]).map((t) => (t.includes(':') ? t : `bpmn:${t}`));
}

function isInstance(element: ModdleElement, type: string): boolean {
  return typeof element.$instanceOf === 'function' ? element.$instanceOf(type) : element.$type === type;
}

/** Stands in for a rule whose factory threw: the error is reported like a throwing check. */
export class FailedRule {
  constructor(readonly error: unknown) {}
}

interface Dispatch {
  enter: number[];
  leave: number[];
  /** The element type's child-holding properties (see childProperties.ts). */
  props: ReturnType<typeof childProperties>;
}

/** Traverse `root` once and hand every element to every rule (interested in its type). */
export function runRulesOnce(root: ModdleElement, rules: ReadonlyArray<RuleDefinition | FailedRule>, options: TraversalOptions = {}): TraversalOutcome {
  const n = rules.length;
  const track = !!options.trackVisits;
  const visited: ModdleElement[][] | undefined = track ? [] : undefined;
  const order: Map<ModdleElement, number> | undefined = track ? new Map() : undefined;
  let current: ModdleElement = root;
  const reports: RuleReport[][] = [];
  const reporters: RuleReporter[] = [];
  const enters: Array<EnterFn | undefined> = [];
  const leaves: Array<LeaveFn | undefined> = [];
  const types: Array<string[] | undefined> = [];
  const errors: unknown[] = new Array(n).fill(undefined);
  const failed: boolean[] = new Array(n).fill(false);

  // 1. Compile each rule's check into enter/leave exactly like bpmnlint's testRule.
  for (let i = 0; i < n; i++) {
    reports.push([]);
    if (visited) {
      const list: ModdleElement[] = [];
      visited.push(list);
      reporters.push(createReporter(reports[i], () => list.push(current)));
    } else {
      reporters.push(createReporter(reports[i]));
    }
    const rule = rules[i];
    try {
      if (rule instanceof FailedRule) throw rule.error;
      const check = (rule.check || {}) as RuleDefinition['check'];
      const leave = 'leave' in check ? check.leave : undefined;
      const enter = 'enter' in check ? check.enter : typeof check === 'function' ? check : undefined;
      if (!enter && !leave) throw new Error('no check implemented');
      enters.push(enter);
      leaves.push(leave);
      types.push(declaredTypes(rule));
    } catch (e) {
      enters.push(undefined);
      leaves.push(undefined);
      types.push(undefined);
      failed[i] = true;
      errors[i] = e;
    }
  }

  const fail = (i: number, e: unknown) => {
    failed[i] = true;
    errors[i] = e;
    reports[i].length = 0;
    if (visited) visited[i].length = 0;
  };

  // 2. Which rules see an element: computed once per moddle type (descriptor) for this run.
  const dispatchByType = new Map<unknown, Dispatch>();
  const dispatchFor = (element: ModdleElement): Dispatch => {
    // generic (unknown extension) elements get a descriptor each; their type test is by name
    const descriptor = (element as { $descriptor?: { isGeneric?: boolean } }).$descriptor;
    const key = descriptor && !descriptor.isGeneric ? descriptor : element.$type;
    let d = dispatchByType.get(key);
    if (!d) {
      d = { enter: [], leave: [], props: childProperties(element) };
      for (let i = 0; i < n; i++) {
        if (failed[i]) continue;
        const wanted = types[i];
        if (wanted && !wanted.some((t) => isInstance(element, t))) continue;
        if (enters[i]) d.enter.push(i);
        if (leaves[i]) d.leave.push(i);
      }
      dispatchByType.set(key, d);
    }
    return d;
  };

  const elementsById = new Map<string, ModdleElement>();
  let elementCount = 0;
  // The element whose `enter` returned false for a rule: the rule skips that subtree.
  const skippedAt: Array<ModdleElement | undefined> = new Array(n).fill(undefined);

  // 3. One depth-first walk.
  const visit = (element: ModdleElement): void => {
    elementCount++;
    const id = element.id;
    if (typeof id === 'string' && !elementsById.has(id)) elementsById.set(id, element);
    if (order && !order.has(element)) order.set(element, order.size);
    current = element;

    const d = dispatchFor(element);
    let skippedHere: number[] | undefined;
    for (let k = 0; k < d.enter.length; k++) {
      const i = d.enter[k];
      if (failed[i] || skippedAt[i] !== undefined) continue;
      let result: boolean | void;
      try {
        result = (enters[i] as EnterFn)(element, reporters[i]);
      } catch (e) {
        fail(i, e);
        continue;
      }
      if (result === false) {
        skippedAt[i] = element;
        (skippedHere ??= []).push(i);
      }
    }

    // an absent property reads as undefined, like one holding undefined: both are skipped
    const props = d.props;
    for (let p = 0; p < props.length; p++) {
      const prop = props[p];
      const value = element[prop.name] as ModdleElement | ModdleElement[] | null | undefined;
      if (value == null) continue;
      if (prop.isMany) {
        const list = value as ModdleElement[];
        for (let c = 0; c < list.length; c++) if (list[c] != null) visit(list[c]);
      } else {
        visit(value as ModdleElement);
      }
    }

    current = element;
    for (let k = 0; k < d.leave.length; k++) {
      const i = d.leave[k];
      if (failed[i]) continue;
      const skipped = skippedAt[i];
      if (skipped !== undefined && skipped !== element) continue;
      try {
        (leaves[i] as LeaveFn)(element, reporters[i]);
      } catch (e) {
        fail(i, e);
      }
    }
    if (skippedHere) for (const i of skippedHere) skippedAt[i] = undefined;
  };

  visit(root);

  return { reports, errors, elementsById, elementCount, ...(visited ? { visited, order } : {}) };
}
