import type { VariantRecord } from '../domain/model/library';

/**
 * Which variants take part in a comparison and which one is the SOLL: pure rules the slice and
 * its tests share.
 */

/** The user's SOLL choice: chosen automatically, none, or a variant id. */
export type SollChoice = 'auto' | 'none' | string;

/** By default every variant of the process that is not in the trash takes part, oldest first. */
export function defaultIncluded(variants: readonly VariantRecord[]): string[] {
  return orderVariants(variants.filter((v) => !v.deletedAt)).map((v) => v.id);
}

/** Columns in a stable order: SOLL variants first, then IST, each by Organisationseinheit. */
export function orderVariants(variants: readonly VariantRecord[]): VariantRecord[] {
  return [...variants].sort(
    (a, b) =>
      (a.modellart === b.modellart ? 0 : a.modellart === 'SOLL' ? -1 : 1) ||
      a.organisationseinheit.localeCompare(b.organisationseinheit, 'de') ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id)
  );
}

/**
 * The SOLL to compare against: the chosen variant if it takes part; automatically the SOLL among
 * the chosen variants — a released one ("freigegeben") before drafts, then the oldest (the agreed
 * standard rather than a later proposal); none when the user said so or there is no SOLL.
 */
export function resolveSoll(variants: readonly VariantRecord[], included: readonly string[], choice: SollChoice): string | undefined {
  if (choice === 'none') return undefined;
  const taking = variants.filter((v) => included.includes(v.id));
  if (choice !== 'auto') return taking.some((v) => v.id === choice) ? choice : resolveSoll(variants, included, 'auto');
  const rank = (v: VariantRecord) => (v.status === 'freigegeben' ? 0 : v.status === 'entwurf' ? 2 : 1);
  const soll = taking.filter((v) => v.modellart === 'SOLL').sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return soll[0]?.id;
}

/**
 * Column names by variant id: the Organisationseinheit (the district), else the variant's name;
 * names that would repeat get the Modellart and then a running number.
 */
export function columnNames(variants: readonly VariantRecord[]): Map<string, string> {
  const base = variants.map((v) => v.organisationseinheit.trim() || v.name);
  const count = (names: string[], n: string) => names.filter((x) => x === n).length;
  const withArt = base.map((n, i) => (count(base, n) > 1 ? `${n} – ${variants[i].modellart}` : n));
  const seen = new Map<string, number>();
  return new Map(
    variants.map((v, i) => {
      const n = withArt[i];
      if (count(withArt, n) === 1) return [v.id, n];
      const k = (seen.get(n) ?? 0) + 1;
      seen.set(n, k);
      return [v.id, `${n} (${k})`];
    })
  );
}
