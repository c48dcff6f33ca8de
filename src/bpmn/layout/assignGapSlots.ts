import type { GapVertical } from './routeSequenceFlows';

const CLEARANCE = 8;

/**
 * Give the vertical segments in each gap their own slot where their height ranges overlap
 * (greedy interval colouring, optimal for intervals); returns the number of slots per gap.
 */
export function assignGapSlots(verticals: GapVertical[], gapCount: number): number[] {
  const byGap: number[][] = Array.from({ length: gapCount }, () => []);
  verticals.forEach((v, i) => byGap[v.gap].push(i));
  const slots = new Array<number>(gapCount).fill(0);
  byGap.forEach((list, gap) => {
    const lo = (i: number) => Math.min(verticals[i].y1, verticals[i].y2);
    const hi = (i: number) => Math.max(verticals[i].y1, verticals[i].y2);
    list.sort((a, b) => lo(a) - lo(b) || hi(a) - hi(b) || a - b);
    const slotEnd: number[] = [];
    for (const i of list) {
      let slot = slotEnd.findIndex((end) => end + CLEARANCE < lo(i));
      if (slot < 0) {
        slot = slotEnd.length;
        slotEnd.push(0);
      }
      slotEnd[slot] = hi(i);
      verticals[i].slot = slot;
    }
    slots[gap] = slotEnd.length;
  });
  return slots;
}
