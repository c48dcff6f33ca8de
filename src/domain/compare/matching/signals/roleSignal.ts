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
    return a.roleWords.some((w) => b.roleWords.includes(w)) ? 0.75 : 0.35;
  }
};
