import type { Modellart } from '../../model/gpmAttributes';
import type { ProcessGraph } from '../../model/processGraph';
import type { Language } from '../text/detectLanguage';
import type { MessageDirection } from './matchable';

/**
 * The vocabulary of cross-variant comparison: variants go in, steps ("Schritte") come out.
 * Everything here is plain data (crosses worker boundaries, serialises to JSON).
 */

/** One model to compare: a district's IST, or a SOLL. */
export interface CompareVariant {
  /** Stable id (library variant id, or the file name on the command line). */
  id: string;
  /** Display name (district, file name). */
  name: string;
  graph: ProcessGraph;
  /** IST or SOLL; defaults to the model's own `modellart`, else IST. */
  modellart?: Modellart;
}

/** An activity of a variant, identified stably across re-matching. */
export interface ActivityRef {
  variantId: string;
  elementId: string;
}

/** The stable key of an activity: `variantId` + `::` + `elementId`. */
export type MemberKey = string;

/** The key of an activity reference. */
export function memberKey(ref: ActivityRef): MemberKey {
  return `${ref.variantId}::${ref.elementId}`;
}

/** Split a member key into its reference. */
export function parseMemberKey(key: MemberKey): ActivityRef {
  const at = key.indexOf('::');
  return at < 0 ? { variantId: key, elementId: '' } : { variantId: key.slice(0, at), elementId: key.slice(at + 2) };
}

/** An activity's membership in a step. */
export interface StepMember extends ActivityRef {
  label: string;
  /** How sure the matcher is that the activity belongs here, in [0, 1] (1 when confirmed). */
  confidence: number;
  /** Role (gpm:rolle, else lane, else pool name). */
  role?: string;
  /** An additional activity of a variant that already has one in this step (1:n split). */
  split?: boolean;
  /** Set by a consultant's decision. */
  confirmed?: boolean;
  /** The member is a message event standing for the step: the district receives or sends here without a task. */
  event?: MessageDirection;
}

/** A step: what the variants do at one point of the process, with one member per variant (or more for splits). */
export interface Step {
  /** Stable within one result: derived from the first member's key. */
  id: string;
  /** Canonical name (a SOLL member's label, else the most frequent label, or a consultant's rename). */
  name: string;
  members: StepMember[];
  /** Number of distinct variants in the step. */
  support: number;
  /** Mean member confidence. */
  confidence: number;
  /** A consultant confirmed the step. */
  confirmed: boolean;
  /** A consultant renamed the step. */
  renamed?: boolean;
  /** Consensus position in [0, 1] (median of the members' relative positions). */
  position: number;
}

/** What the comparison knows about one variant. */
export interface VariantSummary {
  id: string;
  name: string;
  modellart: Modellart;
  language: Language;
  activityCount: number;
  /** Ids of the activities and message events (see `matching/matchable.ts`) in flow order (start to end). */
  activityOrder: string[];
}

/** The result of matching a set of variants. */
export interface MatchResult {
  variants: VariantSummary[];
  /** Steps in consensus order. */
  steps: Step[];
  /** Short German explanations of odd input and of what the matcher did about it. */
  notes: string[];
}
