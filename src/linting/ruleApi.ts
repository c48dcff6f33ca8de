/**
 * The bpmnlint rule API as our engine sees it (mirrors `bpmnlint/lib/types.d.ts`): a rule module
 * exports a factory; the factory, called with the rule's parameters, returns `{ check }` where
 * `check` is an enter function or `{ enter?, leave? }`. `enter` returning `false` skips the
 * element's subtree for that rule only.
 */
import type { ModdleElement } from '../bpmn/moddle';

/** A report as bpmnlint's `Reporter` records it: id, message and either `path` or extra fields. */
export interface RuleReport {
  id?: string;
  message: string;
  path?: unknown[];
  [key: string]: unknown;
}

/** What a rule receives to report with. */
export interface RuleReporter {
  report(id: string | undefined, message: string, pathOrContext?: unknown): void;
}

export type EnterFn = (element: ModdleElement, reporter: RuleReporter) => boolean | void;
export type LeaveFn = (element: ModdleElement, reporter: RuleReporter) => void;

/** A rule instance: fresh per lint run (instances keep bookkeeping in their closures). */
export interface RuleDefinition {
  check: EnterFn | { enter?: EnterFn; leave?: LeaveFn };
  meta?: Record<string, unknown>;
}

/** A rule module's export: builds a fresh rule instance from the rule's parameters. */
export type RuleFactory = (config?: Record<string, unknown>) => RuleDefinition;

/** bpmnlint rule levels; numbers 0–3 are accepted like bpmnlint does (off, warn, error, info). */
export type RuleLevel = 'off' | 'warn' | 'error' | 'info';

/** One rule's entry in a config: a level, or `[level, params]`. */
export type RuleSetting = RuleLevel | 0 | 1 | 2 | 3 | [RuleLevel | 0 | 1 | 2 | 3, Record<string, unknown>?];

/** A flat bpmnlint-style config (no `extends`): rule id → setting. */
export interface LintConfig {
  rules: Record<string, RuleSetting>;
}
