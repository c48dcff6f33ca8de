import { MESSAGES } from '../messages';
import type { ProfileSet } from './buildProfiles';
import type { CompareVariant } from './matchTypes';

/** German notes about odd input: empty variants, unlabelled or duplicate labels, pools, language, identical models. */
export function matchNotes(variants: readonly CompareVariant[], set: ProfileSet): string[] {
  const notes: string[] = [];
  if (variants.length < 2) notes.push(MESSAGES.tooFew);
  set.variants.forEach((summary, v) => {
    const profiles = set.byVariant[v].map((i) => set.profiles[i]);
    if (profiles.length === 0) notes.push(MESSAGES.noActivities(summary.name));
    const unlabelled = profiles.filter((p) => !p.normalizedLabel).length;
    if (unlabelled) notes.push(MESSAGES.unlabelled(summary.name, unlabelled));
    const counts = new Map<string, { label: string; count: number }>();
    for (const p of profiles) {
      if (!p.normalizedLabel) continue;
      const c = counts.get(p.normalizedLabel);
      if (c) c.count++;
      else counts.set(p.normalizedLabel, { label: p.label, count: 1 });
    }
    for (const c of counts.values()) if (c.count > 1) notes.push(MESSAGES.duplicateLabel(summary.name, c.label, c.count));
    const pools = variants[v].graph.processes.filter((p) => variants[v].graph.nodes.some((n) => n.processId === p.id)).length;
    if (pools > 1) notes.push(MESSAGES.severalPools(summary.name, pools));
    if (summary.language === 'en') notes.push(MESSAGES.english(summary.name));
  });
  // identical label sequences
  const signature = set.byVariant.map((list) => list.map((i) => set.profiles[i].normalizedLabel).join('\u0001'));
  for (let a = 0; a < signature.length; a++) {
    for (let b = a + 1; b < signature.length; b++) {
      if (set.byVariant[a].length > 0 && signature[a] === signature[b]) notes.push(MESSAGES.identical(set.variants[a].name, set.variants[b].name));
    }
  }
  return notes;
}
