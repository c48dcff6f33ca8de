import type { CompareVariant, MatchResult } from '../matching/matchTypes';
import { normalizeLabel } from '../text/normalizeText';
import { sameRole } from '../text/roleNames';
import { indexSteps } from './stepIndex';

/**
 * Two variants side by side: every activity of either side is `matched` (same step, same label and
 * role), `differs` (same step, but label, role, IT systems or medium differ — the reasons are
 * listed), `onlyLeft` or `onlyRight`. `partnerIds` drive the synchronised selection.
 */
export type SideStatus = 'matched' | 'differs' | 'onlyLeft' | 'onlyRight';

/** One activity of one side with its status. */
export interface SideElement {
  elementId: string;
  label: string;
  status: SideStatus;
  stepId: string;
  stepName: string;
  /** The corresponding activities on the other side. */
  partnerIds: string[];
  /** German reasons for `differs`. */
  differences: string[];
}

/** Both sides and the counts per status (elements of both sides counted). */
export interface SideBySide {
  leftId: string;
  rightId: string;
  left: SideElement[];
  right: SideElement[];
  counts: Record<SideStatus, number>;
}

/** Compare two variants of a matching element by element. */
export function sideBySide(result: MatchResult, variants: readonly CompareVariant[], leftId: string, rightId: string): SideBySide {
  const index = indexSteps(result);
  const nodeOf = (vid: string, id: string) => variants.find((v) => v.id === vid)?.graph.nodes.find((n) => n.id === id);
  const side = (own: string, other: string, alone: SideStatus): SideElement[] => {
    const order = result.variants.find((v) => v.id === own)?.activityOrder ?? [];
    // message events appear when they stand for a step (see `matching/matchable.ts`)
    return order.filter((id) => index.stepOf.has(`${own}::${id}`)).map((id) => {
      const step = index.stepOf.get(`${own}::${id}`)!;
      const me = step.members.find((m) => m.variantId === own && m.elementId === id)!;
      const partners = step.members.filter((m) => m.variantId === other);
      const differences: string[] = [];
      if (partners.length) {
        const p = partners[0];
        if (!partners.some((x) => normalizeLabel(x.label) === normalizeLabel(me.label))) differences.push(`Beschriftung „${me.label}“ / „${p.label}“`);
        if ((me.role || p.role) && !sameRole(me.role, p.role)) {
          differences.push(`Rolle „${me.role ?? '–'}“ / „${p.role ?? '–'}“`);
        }
        const a = nodeOf(own, id)?.attributes;
        const b = nodeOf(other, p.elementId)?.attributes;
        const it = (x?: string[]) => [...(x ?? [])].sort().join(', ');
        if (it(a?.itSysteme) !== it(b?.itSysteme)) differences.push(`IT-System „${it(a?.itSysteme) || '–'}“ / „${it(b?.itSysteme) || '–'}“`);
        if ((a?.medium ?? '') !== (b?.medium ?? '')) differences.push(`Medium „${a?.medium ?? '–'}“ / „${b?.medium ?? '–'}“`);
        if (partners.length > 1) differences.push(`auf der anderen Seite in ${partners.length} Aktivitäten aufgeteilt`);
      }
      const status: SideStatus = partners.length === 0 ? alone : differences.length ? 'differs' : 'matched';
      return { elementId: id, label: me.label, status, stepId: step.id, stepName: step.name, partnerIds: partners.map((m) => m.elementId), differences };
    });
  };
  const left = side(leftId, rightId, 'onlyLeft');
  const right = side(rightId, leftId, 'onlyRight');
  const counts: Record<SideStatus, number> = { matched: 0, differs: 0, onlyLeft: 0, onlyRight: 0 };
  for (const e of [...left, ...right]) counts[e.status]++;
  return { leftId, rightId, left, right, counts };
}
