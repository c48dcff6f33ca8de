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
    const wa = new Set(a.roleKey.split(' ').filter((w) => w.length > 2));
    const wb = b.roleKey.split(' ').filter((w) => w.length > 2);
    const shared = wb.filter((w) => wa.has(w)).length;
    return shared > 0 ? 0.75 : 0.35;
  }
};
