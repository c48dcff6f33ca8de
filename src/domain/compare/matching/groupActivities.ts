import type { ActivityProfile, ProfileSet } from './buildProfiles';
import type { MatchParams } from './matchParams';
import { pairKey, pairScore, type PairScores } from './scorePairs';
import { exclusiveDifference } from './signals/mutualBestSignal';
import { SYNONYM } from '../text/termRelation';

/**
 * Groups the activities of all variants at once into steps:
 * 1. pairs above the threshold are taken in descending score order (ties by index, so the
 *    result is deterministic), all pairs of two activities before any pair with a message event
 *    (an event joins the step its district's activities would not already fill);
 * 2. two groups merge when they share no variant (at most one activity per variant) and their
 *    average linkage — the mean score over all cross pairs, 0 for pairs that are no candidates —
 *    reaches `linkage` (prevents chains of weak links);
 * 2b. two activities of one variant with the same label in the same role (one step drawn twice,
 *    e.g. on two branches) bring their groups together when no other variant has an activity in both (a
 *    message event drawn twice starts in one group with its twin, step 0);
 * 3. 1:n: an activity (never a message event) left alone joins a step that already holds an activity of its own variant
 *    when it is that activity's flow neighbour (a split into consecutive steps) or bears the same
 *    label (the same step drawn twice), and its mean score to the step's other variants reaches
 *    `splitThreshold`;
 * 4. anchored gaps: an activity still alone joins the step of another variant's activity that
 *    stands between the same two steps, names a shared object and differs only in words that
 *    variant uses nowhere else (context decides only where the label already shares an object).
 */
export interface Grouping {
  /** Groups of profile indexes (every profile in exactly one group). */
  groups: number[][];
  /** Profiles that joined their group as an additional activity of their variant. */
  split: Set<number>;
}

/** Group activities into steps. */
export function groupActivities(set: ProfileSet, scores: PairScores, params: MatchParams): Grouping {
  const n = set.profiles.length;
  const clusterOf = Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const variantsOf: Set<number>[] = set.profiles.map((p) => new Set([p.variantIndex]));
  const split = new Set<number>();

  // 0. the same message event twice in one variant (received on two branches) is one step drawn
  //    twice: the twins start as one group and join a step together
  for (const list of set.byVariant) {
    const firstEvent = new Map<string, number>();
    for (const i of list) {
      const p = set.profiles[i];
      if (!p.event || p.shadowed || !p.normalizedLabel) continue;
      const key = drawnTwiceKey(p);
      const first = firstEvent.get(key);
      if (first === undefined) {
        firstEvent.set(key, i);
        continue;
      }
      members[first].push(i);
      members[i] = [];
      clusterOf[i] = first;
      split.add(i);
    }
  }

  // 1. + 2. greedy average-linkage merging under the one-per-variant constraint
  const withEvent = (key: number) => (set.profiles[Math.floor(key / n)].event || set.profiles[key % n].event ? 1 : 0);
  const edges = [...scores.combined]
    .filter(([, s]) => s >= params.threshold)
    .sort((x, y) => withEvent(x[0]) - withEvent(y[0]) || y[1] - x[1] || x[0] - y[0]);
  for (const [key] of edges) {
    const ca = clusterOf[Math.floor(key / n)];
    const cb = clusterOf[key % n];
    if (ca === cb) continue;
    const [small, large] = variantsOf[ca].size <= variantsOf[cb].size ? [ca, cb] : [cb, ca];
    let overlap = false;
    for (const v of variantsOf[small]) if (variantsOf[large].has(v)) overlap = true;
    if (overlap) continue;
    let sum = 0;
    for (const x of members[ca]) for (const y of members[cb]) sum += pairScore(scores, x, y);
    if (sum / (members[ca].length * members[cb].length) < params.linkage) continue;
    const [keep, drop] = ca < cb ? [ca, cb] : [cb, ca];
    for (const x of members[drop]) clusterOf[x] = keep;
    members[keep].push(...members[drop]);
    for (const v of variantsOf[drop]) variantsOf[keep].add(v);
    members[drop] = [];
  }

  // 2b. the same label twice in one variant (and role) is one step drawn twice: join the two
  //     groups when no other variant has an activity in both
  for (const list of set.byVariant) {
    const seen = new Map<string, number>();
    for (const i of list) {
      if (!set.profiles[i].normalizedLabel) continue;
      const label = drawnTwiceKey(set.profiles[i]);
      const first = seen.get(label);
      if (first === undefined) {
        seen.set(label, i);
        continue;
      }
      const ca = clusterOf[first];
      const cb = clusterOf[i];
      if (ca === cb) continue;
      const own = set.profiles[i].variantIndex;
      let overlap = false;
      for (const v of variantsOf[ca]) if (v !== own && variantsOf[cb].has(v)) overlap = true;
      if (overlap) continue;
      const [keep, drop] = ca < cb ? [ca, cb] : [cb, ca];
      for (const x of members[drop]) clusterOf[x] = keep;
      members[keep].push(...members[drop]);
      for (const v of variantsOf[drop]) variantsOf[keep].add(v);
      members[drop] = [];
      split.add(i);
    }
  }

  // 3. 1:n splits
  const offers: Array<{ i: number; cluster: number; score: number }> = [];
  for (const p of set.profiles) {
    if (p.event || members[clusterOf[p.index]].length !== 1) continue;
    const neighbours = new Set([...p.predecessors, ...p.successors]);
    const seen = new Set<number>();
    for (const q of set.byVariant[p.variantIndex]) {
      if (q === p.index) continue;
      const other = set.profiles[q];
      const c = clusterOf[q];
      if (seen.has(c) || members[c].length < 2) continue;
      const sameLabel = p.normalizedLabel !== '' && drawnTwiceKey(p) === drawnTwiceKey(other);
      if (!sameLabel && !neighbours.has(q)) continue;
      seen.add(c);
      const others = members[c].filter((x) => set.profiles[x].variantIndex !== p.variantIndex);
      if (others.length === 0) continue;
      const score = others.reduce((s, x) => s + pairScore(scores, p.index, x), 0) / others.length;
      if (score >= params.splitThreshold) offers.push({ i: p.index, cluster: c, score });
    }
  }
  offers.sort((a, b) => b.score - a.score || a.i - b.i || a.cluster - b.cluster);
  for (const offer of offers) {
    if (split.has(offer.i) || members[clusterOf[offer.i]].length !== 1) continue;
    members[clusterOf[offer.i]] = [];
    clusterOf[offer.i] = offer.cluster;
    members[offer.cluster].push(offer.i);
    split.add(offer.i);
  }

  // 4. anchored gaps: a lone activity between the same two steps as an activity of another
  //    variant does that variant's step at that place when both name a shared object and neither
  //    keeps a word the other variant uses elsewhere ("Gebühr kassieren" between "Nachweise
  //    prüfen" and "Parkausweis drucken" where the other district "erhebt" the fee; not "Bescheid
  //    erstellen" / "Akte anlegen" when the other variant has a "Bescheid" step)
  const stepsOf = (xs: number[]) => new Set(xs.map((x) => clusterOf[x]).filter((c) => members[c].length >= 2));
  const sharesObject = (a: ActivityProfile, b: ActivityProfile) =>
    a.prepared.ids.some((x, k) => !a.prepared.actions[k] && b.prepared.ids.some((y, l) => !b.prepared.actions[l] && set.relate(x, y) >= SYNONYM));
  const gapOffers: Array<{ i: number; j: number; score: number }> = [];
  for (const a of set.profiles) {
    if (a.event || a.shadowed || members[clusterOf[a.index]].length !== 1) continue;
    const before = stepsOf(a.predecessors);
    const after = stepsOf(a.successors);
    if (before.size === 0 || after.size === 0) continue;
    for (let w = 0; w < set.byVariant.length; w++) {
      if (w === a.variantIndex) continue;
      for (const j of set.byVariant[w]) {
        const b = set.profiles[j];
        if (b.event || variantsOf[clusterOf[j]].has(a.variantIndex)) continue;
        if (!b.predecessors.some((x) => before.has(clusterOf[x])) || !b.successors.some((x) => after.has(clusterOf[x]))) continue;
        if (!sharesObject(a, b) || !exclusiveDifference(a, b, scores.context) || !exclusiveDifference(b, a, scores.context)) continue;
        gapOffers.push({ i: a.index, j, score: scores.label.get(pairKey(a.index, j, n)) ?? 0 });
      }
    }
  }
  gapOffers.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of gapOffers) {
    const lone = clusterOf[i];
    const into = clusterOf[j];
    if (lone === into || members[lone].length !== 1 || variantsOf[into].has(set.profiles[i].variantIndex)) continue;
    members[lone] = [];
    clusterOf[i] = into;
    members[into].push(i);
    variantsOf[into].add(set.profiles[i].variantIndex);
  }

  const groups = members.filter((m) => m.length > 0).map((m) => [...m].sort((a, b) => a - b));
  groups.sort((a, b) => a[0] - b[0]);
  return { groups, split };
}

/**
 * One step drawn twice in a variant has the same label in the same role: „Rejection“ by the
 * applicant (receiving it) and „Rejection“ by the office (deciding it) are two steps.
 */
function drawnTwiceKey(p: ActivityProfile): string {
  return `${p.normalizedLabel}\u0001${p.roleKey ?? ''}`;
}
