/**
 * Row shapes that exist only in storage (the domain record types live in
 * `domain/model/library.ts`). Repositories strip storage-only fields before they hand records out.
 */
import type { VariantRecord } from '../domain/model/library';

/** A variant row as stored since schema v2: the domain record plus a folded text for search. */
export interface StoredVariant extends VariantRecord {
  /** Lower-case, umlaut-folded "name · OE · Modellart · process name" (filled by the v2 upgrade). */
  searchText: string;
}

/** The XML of one immutable revision, kept apart from the list data (`revisions`). */
export interface BodyRecord {
  revisionId: string;
  variantId: string;
  xml: string;
}

/** One local setting (author name, sample-load flag, …); per browser, never synced. */
export interface SettingRecord {
  key: string;
  value: unknown;
  updatedAt: string;
}

/** What a consultant decided about steps of a process comparison (issue 4). */
export type CompareDecisionKind = 'confirm' | 'reject' | 'merge' | 'split' | 'rename';

/** The JSON payload of a decision; its shape belongs to `domain/compare` (e.g. member activity ids, new name). */
export type CompareDecisionPayload = Readonly<Record<string, unknown>>;

/**
 * A consultant decision on matched steps, stored per process (schema v2). Append-only: a
 * withdrawn decision keeps its row with `deletedAt` (tombstone) so the log shows it.
 */
export interface CompareDecisionRecord {
  id: string;
  processId: string;
  kind: CompareDecisionKind;
  payload: CompareDecisionPayload;
  author: string;
  createdAt: string;
  /** Set when the decision was withdrawn (tombstone). */
  deletedAt?: string;
  withdrawnBy?: string;
}
