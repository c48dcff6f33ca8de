/**
 * The district × category overview of one process: open errors and warnings per category for
 * every Organisationseinheit (and Modellart), from the counts the library stores on variants.
 * Pure; rows sorted by total (the districts with most findings first).
 */
import type { VariantRecord } from '../../../domain/model/library';
import { CATEGORY_ORDER } from './groupFindings';

export interface DistrictRow {
  key: string;
  organisationseinheit: string;
  modellart: string;
  counts: Record<string, number>;
  total: number;
  /** False when no variant of the row has been checked yet. */
  checked: boolean;
}

export interface DistrictMatrix {
  /** Categories with at least one finding, in catalog order. */
  categories: string[];
  rows: DistrictRow[];
  /** Largest cell (for colour scaling); 0 when empty. */
  max: number;
}

/** Build the overview from a process's variants. */
export function districtMatrix(variants: readonly Pick<VariantRecord, 'organisationseinheit' | 'modellart' | 'findingsByCategory' | 'errorCount'>[]): DistrictMatrix {
  const rows = new Map<string, DistrictRow>();
  const used = new Set<string>();
  for (const v of variants) {
    const key = `${v.organisationseinheit}\u0000${v.modellart}`;
    let row = rows.get(key);
    if (!row) {
      row = { key, organisationseinheit: v.organisationseinheit, modellart: v.modellart, counts: {}, total: 0, checked: false };
      rows.set(key, row);
    }
    if (v.errorCount !== undefined || v.findingsByCategory) row.checked = true;
    for (const [category, n] of Object.entries(v.findingsByCategory ?? {})) {
      if (!n) continue;
      row.counts[category] = (row.counts[category] ?? 0) + n;
      row.total += n;
      used.add(category);
    }
  }
  const order = (c: string) => {
    const i = (CATEGORY_ORDER as readonly string[]).indexOf(c);
    return i < 0 ? CATEGORY_ORDER.length : i;
  };
  const categories = [...used].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const list = [...rows.values()].sort((a, b) => b.total - a.total || a.organisationseinheit.localeCompare(b.organisationseinheit, 'de') || a.modellart.localeCompare(b.modellart));
  const max = Math.max(0, ...list.flatMap((r) => Object.values(r.counts)));
  return { categories, rows: list, max };
}
