import type { Modellart, ModelStatus } from './gpmAttributes';

/**
 * The library: a process (public service) has variants (one per Organisationseinheit and
 * Modellart); each variant has immutable, append-only revisions. Every record has a UUID and
 * deletions are tombstones (`deletedAt`), so that a sync layer can be added behind the repositories.
 */

export interface ProcessRecord {
  id: string;
  name: string;
  prozessschluessel?: string;
  politikfeld?: string;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
}

export interface VariantRecord {
  id: string;
  processId: string;
  /** Organisationseinheit, e.g. "Bezirksamt Neukölln". */
  organisationseinheit: string;
  modellart: Modellart;
  status: ModelStatus;
  /** Display name of the model (process name in the BPMN). */
  name: string;
  /** The revision the working copy started from. */
  headRevisionId: string;
  elementCount: number;
  /** Convention findings of the last lint (undefined = not linted yet). */
  errorCount?: number;
  warningCount?: number;
  /** Findings per category, for the district × category overview. */
  findingsByCategory?: Record<string, number>;
  /** Set when the variant was built from a sample shipped with the workbench. */
  sampleKey?: string;
  createdAt: string;
  updatedAt: string;
  deletedAt?: string;
}

export type RevisionKind = 'create' | 'import' | 'version' | 'restore' | 'duplicate' | 'sample';

/** Immutable snapshot of a variant's model; the XML lives in a separate body table. */
export interface RevisionRecord {
  id: string;
  variantId: string;
  parentRevisionId: string | null;
  kind: RevisionKind;
  comment: string;
  author: string;
  createdAt: string;
  elementCount: number;
  /** Size of the XML in characters. */
  size: number;
  /** For 'restore' and 'duplicate': the revision whose body was copied (may belong to another variant). */
  sourceRevisionId?: string;
}

/** The autosaved working copy of a variant (one per variant). */
export interface DraftRecord {
  variantId: string;
  xml: string;
  savedAt: string;
  /** Incremented on every save; a tab only writes over the counter it knows (conflict check). */
  counter: number;
  /** Tab/session that wrote this draft last. */
  writerId: string;
  baseRevisionId: string;
}
