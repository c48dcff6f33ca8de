import type { DiffMarkerKind } from '../../../../bpmn/modules/diff-markers/diffMarkerKinds';
import type { SideElement, SideStatus } from '../../../../domain/compare/views/sideBySide';

/**
 * Side by side: markers per side and the synchronised selection (an element selected on one
 * side selects its partners on the other). Pure.
 */
const KIND: Record<SideStatus, DiffMarkerKind> = { matched: 'matched', differs: 'differs', onlyLeft: 'onlyLeft', onlyRight: 'onlyRight' };

/** Marker map of one side. */
export function sideMarkers(elements: readonly SideElement[]): Map<string, DiffMarkerKind[]> {
  return new Map(elements.map((e) => [e.elementId, [KIND[e.status]]]));
}

/** A selection made on one side. */
export interface PairSelection {
  side: 'left' | 'right';
  ids: string[];
}

/** What each side selects: the clicked elements on their side, their partners on the other. */
export function syncSelection(selection: PairSelection | null, left: readonly SideElement[], right: readonly SideElement[]): { left: string[]; right: string[] } {
  if (!selection) return { left: [], right: [] };
  const own = selection.side === 'left' ? left : right;
  const byId = new Map(own.map((e) => [e.elementId, e]));
  const partners = [...new Set(selection.ids.flatMap((id) => byId.get(id)?.partnerIds ?? []))];
  return selection.side === 'left' ? { left: selection.ids, right: partners } : { left: partners, right: selection.ids };
}

/** The default pair: the SOLL (or the first variant) on the left, the first other variant on the right. */
export function defaultPair(variantIds: readonly string[], sollId?: string): { left?: string; right?: string } {
  const left = sollId && variantIds.includes(sollId) ? sollId : variantIds[0];
  return { left, right: variantIds.find((id) => id !== left) };
}
