/**
 * Messages between the editor and the lint worker. Plain data only (structured clone).
 */
import type { AppError } from '../shared/errors';
import type { LintResult } from './lintTypes';
import type { Profile } from './profiles';
import type { RuleOverrides } from './resolveRules';

/** What the editor asks the worker to lint. */
export interface LintJob {
  /** BPMN XML of the model (e.g. from bpmn-js `saveXML`). */
  xml: string;
  /** Default `basis`. */
  profile?: Profile;
  /** The team's per-rule overrides. */
  overrides?: RuleOverrides;
  /** Reference date (`YYYY-MM-DD`) for deadline rules; default today. */
  today?: string;
  /** Name for error messages; default "Modell". */
  fileName?: string;
}

/** A request as posted to the worker. */
export interface LintWorkerRequest extends LintJob {
  id: number;
}

/** The worker's answer to one request. */
export type LintWorkerResponse =
  | { id: number; ok: true; result: LintResult; parseMs: number; lintMs: number }
  | { id: number; ok: false; error: AppError };
