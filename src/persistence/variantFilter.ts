/**
 * The start screen's filters over variant metadata (text, OE, IST/SOLL, status, process). Pure,
 * so the list query and tests share it; text search uses the folded `searchText`.
 */
import type { Modellart, ModelStatus } from '../domain/model/gpmAttributes';
import { foldForSearch, normalizeOrganisationseinheit } from './searchText';
import type { StoredVariant } from './storedRecords';

/** Filters of the variant list; every given filter must hold. */
export interface VariantFilter {
  /** Words that must all occur in name, OE, Modellart or process name (case and umlauts ignored). */
  text?: string;
  /** Exact Organisationseinheit (whitespace ignored). */
  organisationseinheit?: string;
  modellart?: Modellart;
  /** One status or any of several. */
  status?: ModelStatus | readonly ModelStatus[];
  processId?: string;
  /** Include variants in the trash (default false). */
  includeDeleted?: boolean;
}

/** Turn a filter into a predicate over stored variants. */
export function variantPredicate(filter: VariantFilter = {}): (v: StoredVariant) => boolean {
  const words = filter.text ? foldForSearch(filter.text).split(' ').filter(Boolean) : [];
  const oe = filter.organisationseinheit ? normalizeOrganisationseinheit(filter.organisationseinheit) : undefined;
  const statuses = filter.status === undefined ? undefined : ([] as ModelStatus[]).concat(filter.status);
  return (v) =>
    (filter.includeDeleted || !v.deletedAt) &&
    (filter.processId === undefined || v.processId === filter.processId) &&
    (oe === undefined || v.organisationseinheit === oe) &&
    (filter.modellart === undefined || v.modellart === filter.modellart) &&
    (statuses === undefined || statuses.includes(v.status)) &&
    words.every((w) => (v.searchText ?? '').includes(w));
}
