import { MESSAGES } from '../messages';
import type { ProfileSet } from './buildProfiles';
import type { Grouping } from './groupActivities';
import { memberKey, type Step, type StepMember } from './matchTypes';
import { pairScore, type PairScores } from './scorePairs';

/**
 * Turn groups of activities into steps: members with confidences, a canonical name, support and
 * consensus position; steps sorted by position (then name). A group of message events alone is
 * no step (see `matchable.ts`): its events stay outside the comparison, as before they joined it.
 */
export function buildSteps(set: ProfileSet, grouping: Grouping, scores: PairScores): Step[] {
  // best score of every activity to any other activity (for the confidence of lone activities)
  const best = new Array<number>(set.profiles.length).fill(0);
  for (const [key, s] of scores.combined) {
    const i = Math.floor(key / scores.n);
    const j = key % scores.n;
    if (s > best[i]) best[i] = s;
    if (s > best[j]) best[j] = s;
  }
  const steps = grouping.groups.filter((group) => group.some((i) => !set.profiles[i].event)).map((group) => {
    const members: StepMember[] = group.map((i) => {
      const p = set.profiles[i];
      const others = group.filter((j) => set.profiles[j].variantIndex !== p.variantIndex);
      const confidence = others.length
        ? others.reduce((s, j) => s + pairScore(scores, i, j), 0) / others.length
        : 1 - best[i];
      return {
        variantId: p.variantId,
        elementId: p.elementId,
        label: p.label,
        confidence: round(confidence),
        role: p.role,
        ...(grouping.split.has(i) ? { split: true } : {}),
        ...(p.event ? { event: p.event } : {})
      };
    });
    return makeStep(members, group.map((i) => set.profiles[i].position), set);
  });
  return sortSteps(steps);
}

/** Build a step from members (name, support, confidence, position). Shared with decisions. */
export function makeStep(members: StepMember[], positions: number[], set: Pick<ProfileSet, 'variants'>, name?: string): Step {
  const variantOrder = new Map(set.variants.map((v, i) => [v.id, i]));
  const ordered = [...members].sort(
    (a, b) => (variantOrder.get(a.variantId) ?? 0) - (variantOrder.get(b.variantId) ?? 0) || (a.elementId < b.elementId ? -1 : 1)
  );
  const support = new Set(ordered.map((m) => m.variantId)).size;
  const confidence = ordered.length ? ordered.reduce((s, m) => s + m.confidence, 0) / ordered.length : 0;
  return {
    id: `step:${ordered.length ? memberKey(ordered[0]) : 'empty'}`,
    name: name ?? canonicalName(ordered, set),
    members: ordered,
    support,
    confidence: round(confidence),
    confirmed: ordered.length > 0 && ordered.every((m) => m.confirmed),
    position: median(positions)
  };
}

/** Sort steps by consensus position, then name, then id. */
export function sortSteps(steps: Step[]): Step[] {
  return steps.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : 1));
}

function canonicalName(members: StepMember[], set: Pick<ProfileSet, 'variants'>): string {
  const soll = new Set(set.variants.filter((v) => v.modellart === 'SOLL').map((v) => v.id));
  // a step is named after what is done: activities before message events („Antrag eingegangen“)
  const named = members.filter((m) => m.label.trim());
  const activities = named.filter((m) => !m.event);
  const labelled = activities.length ? activities : named;
  if (labelled.length === 0) return MESSAGES.unlabelledStep;
  const fromSoll = labelled.find((m) => soll.has(m.variantId));
  if (fromSoll) return fromSoll.label;
  const counts = new Map<string, { count: number; label: string; confidence: number }>();
  for (const m of labelled) {
    const key = m.label.toLowerCase();
    const c = counts.get(key);
    if (c) (c.count++, (c.confidence = Math.max(c.confidence, m.confidence)));
    else counts.set(key, { count: 1, label: m.label, confidence: m.confidence });
  }
  // most frequent; then the house style "Objekt + Verb" ("Antrag prüfen"); then most confident, shortest
  const verbObject = (label: string) => (/\s[a-zäöüß]+(en|ern|eln)$/.test(label) ? 1 : 0);
  const ranked = [...counts.values()].sort(
    (a, b) =>
      b.count - a.count ||
      verbObject(b.label) - verbObject(a.label) ||
      b.confidence - a.confidence ||
      a.label.length - b.label.length ||
      a.label.localeCompare(b.label, 'de')
  );
  return ranked[0].label;
}

function median(values: number[]): number {
  if (values.length === 0) return 0.5;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
