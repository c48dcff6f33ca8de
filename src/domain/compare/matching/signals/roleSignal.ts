import type { MatchSignal } from './matchSignal';

/**
 * Role or lane: the same role (gpm:rolle, lane or pool name) supports a match; different names are
 * only weak evidence against it, because districts name their units differently.
 */
export const roleSignal: MatchSignal = {
  id: 'role',
  title: 'Rolle/Lane',
  kind: 'context',
  score: (a, b) => {
    if (!a.roleKey || !b.roleKey) return undefined;
    if (a.roleKey === b.roleKey) return 1;
    const [small, large] = a.roleWords.length <= b.roleWords.length ? [a.roleWords, b.roleWords] : [b.roleWords, a.roleWords];
    if (small.length && small.every((w) => large.includes(w))) return 0.9; // "Sachbearbeitung" / "SB Wohngeld"
    return a.roleWords.some((w) => b.roleWords.includes(w)) ? 0.75 : 0.35;
  }
};
