import type { GapVertical } from './routeSequenceFlows';

const CLEARANCE = 8;

/**
 * Order the vertical segments that share a gap so that their horizontal ends neither overlay nor
 * cross where avoidable, and let segments whose height ranges are far apart share a slot.
 *
 * 1. Desired left-to-right order: loops leaving their source first (both ends on the left), then
 *    downward segments, the lower one further left, then upward segments, the upper one further
 *    left, and loops reaching their target last (both ends on the right).
 * 2. In that order, each segment takes the slot right of every earlier segment whose height range
 *    touches its own (a longest-chain assignment), so the order holds wherever it matters.
 * Returns the number of slots per gap.
 */
export function assignGapSlots(verticals: GapVertical[], gapCount: number): number[] {
  const byGap: number[][] = Array.from({ length: gapCount }, () => []);
  verticals.forEach((v, i) => byGap[v.gap].push(i));
  const slots = new Array<number>(gapCount).fill(0);
  const lo = (v: GapVertical) => Math.min(v.y1, v.y2);
  const hi = (v: GapVertical) => Math.max(v.y1, v.y2);
  byGap.forEach((list, gap) => {
    list.sort((a, b) => compareVerticals(verticals[a], verticals[b]) || a - b);
    let count = 0;
    list.forEach((i, k) => {
      const v = verticals[i];
      let slot = 0;
      for (let j = 0; j < k; j++) {
        const u = verticals[list[j]];
        if (lo(v) <= hi(u) + CLEARANCE && lo(u) <= hi(v) + CLEARANCE && u.slot + 1 > slot) slot = u.slot + 1;
      }
      v.slot = slot;
      if (slot + 1 > count) count = slot + 1;
    });
    slots[gap] = count;
  });
  return slots;
}

function group(v: GapVertical): number {
  if (v.kind === 'leftLeft') return 0;
  if (v.kind === 'rightRight') return 3;
  return v.y2 >= v.y1 ? 1 : 2;
}

function compareVerticals(a: GapVertical, b: GapVertical): number {
  const g = group(a) - group(b);
  if (g !== 0) return g;
  switch (group(a)) {
    case 1:
      return b.y1 - a.y1 || b.y2 - a.y2;
    case 2:
      return a.y1 - b.y1 || a.y2 - b.y2;
    default:
      return a.y1 - b.y1 || a.y2 - b.y2;
  }
}
