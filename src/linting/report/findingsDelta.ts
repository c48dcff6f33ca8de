/**
 * What changed between two revisions' findings: new and fixed open findings.
 *
 * Findings are matched by rule + element id (+ message first, so that two findings of one rule
 * on one element pair up correctly), falling back to rule + element name for elements whose id
 * changed (e.g. re-created in another tool). Only open findings count: a finding that is now
 * waived appears as fixed with `nowWaived`. Rule errors are left out (they are about rules).
 */
import type { Finding } from '../../domain/model/finding';

/** A fixed finding (from the earlier revision), and whether it is now waived rather than gone. */
export interface FixedFinding extends Finding {
  nowWaived?: boolean;
  /** The rule's title, filled in by the report (the rule may have no current findings). */
  title?: string;
}

/** New and fixed findings against an earlier revision. */
export interface FindingsDelta {
  newFindings: Finding[];
  fixedFindings: FixedFinding[];
  /** Open findings present in both revisions. */
  unchanged: number;
}

const isOpen = (f: Finding) => !f.waived && f.rule !== 'rule-error';

type Key = (f: Finding) => string | undefined;
const KEYS: Key[] = [
  (f) => `${f.rule}\u0000${f.elementId}\u0000${f.message}`,
  (f) => `${f.rule}\u0000${f.elementId}`,
  (f) => (f.elementName ? `${f.rule}\u0000name:${f.elementName}` : undefined)
];

/**
 * Pair `current` with `previous` findings in three passes (id + message, id, name); unpaired
 * current ones are new, unpaired previous ones are fixed. Order follows the inputs.
 */
export function findingsDelta(previous: readonly Finding[], current: readonly Finding[]): FindingsDelta {
  const before = previous.filter(isOpen);
  const matchedBefore = new Set<number>();
  const currentOpen = current.filter(isOpen);
  const matchedNow = new Set<number>();

  for (const key of KEYS) {
    const pool = new Map<string, number[]>();
    before.forEach((f, i) => {
      if (matchedBefore.has(i)) return;
      const k = key(f);
      if (k === undefined) return;
      const list = pool.get(k);
      if (list) list.push(i);
      else pool.set(k, [i]);
    });
    currentOpen.forEach((f, i) => {
      if (matchedNow.has(i)) return;
      const k = key(f);
      const list = k === undefined ? undefined : pool.get(k);
      if (!list || list.length === 0) return;
      matchedBefore.add(list.shift() as number);
      matchedNow.add(i);
    });
  }

  const waivedNow = current.filter((f) => f.waived && f.rule !== 'rule-error');
  const isNowWaived = (f: Finding) =>
    waivedNow.some((w) => w.rule === f.rule && (w.elementId === f.elementId || (!!f.elementName && w.elementName === f.elementName)));

  return {
    newFindings: currentOpen.filter((_, i) => !matchedNow.has(i)),
    fixedFindings: before
      .filter((_, i) => !matchedBefore.has(i))
      .map((f) => (isNowWaived(f) ? { ...f, nowWaived: true } : { ...f })),
    unchanged: matchedNow.size
  };
}
