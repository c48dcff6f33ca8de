import type { DiffMarkerKind } from './diffMarkerKinds';

/** Wanted markers: element id → kinds (an element may carry several, e.g. order and role). */
export type MarkerMap = ReadonlyMap<string, readonly DiffMarkerKind[]>;

/** What to change on the canvas to get from the drawn markers to the wanted ones. */
export interface MarkerPlan {
  /** Element id → kinds to remove. */
  remove: Map<string, DiffMarkerKind[]>;
  /** Element id → kinds to add. */
  add: Map<string, DiffMarkerKind[]>;
}

/**
 * Plan the smallest change from `drawn` to `wanted`, so that updating markers (e.g. a new
 * selection in the list) touches only the elements whose markers differ.
 */
export function planMarkers(drawn: MarkerMap, wanted: MarkerMap): MarkerPlan {
  const remove = new Map<string, DiffMarkerKind[]>();
  const add = new Map<string, DiffMarkerKind[]>();
  for (const [id, kinds] of drawn) {
    const keep = new Set(wanted.get(id) ?? []);
    const gone = kinds.filter((k) => !keep.has(k));
    if (gone.length) remove.set(id, gone);
  }
  for (const [id, kinds] of wanted) {
    const had = new Set(drawn.get(id) ?? []);
    const fresh = [...new Set(kinds)].filter((k) => !had.has(k));
    if (fresh.length) add.set(id, fresh);
  }
  return { remove, add };
}

/** Build a marker map from (element id, kind) pairs. */
export function markerMap(entries: Iterable<readonly [string, DiffMarkerKind]>): Map<string, DiffMarkerKind[]> {
  const map = new Map<string, DiffMarkerKind[]>();
  for (const [id, kind] of entries) {
    const list = map.get(id);
    if (!list) map.set(id, [kind]);
    else if (!list.includes(kind)) list.push(kind);
  }
  return map;
}
