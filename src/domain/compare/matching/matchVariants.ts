import { defaultLexicon, type Lexicon } from '../text/lexicon';
import { buildProfiles } from './buildProfiles';
import { buildSteps } from './buildSteps';
import { groupActivities } from './groupActivities';
import { matchNotes } from './matchNotes';
import { DEFAULT_MATCH_PARAMS, type MatchParams } from './matchParams';
import type { CompareVariant, MatchResult } from './matchTypes';
import { scorePairs } from './scorePairs';
import { MATCH_SIGNALS } from './signals/signalRegistry';
import type { MatchSignal } from './signals/matchSignal';

/** Options of a matching run; the defaults are the one configuration used everywhere. */
export interface MatchOptions {
  params?: Partial<MatchParams>;
  signals?: readonly MatchSignal[];
  lexicon?: Lexicon;
}

/**
 * Match the activities of all variants at once into steps (pure, deterministic):
 * 1. profile every activity (label analysis, role, position, neighbours);
 * 2. score candidate pairs with the registered signals;
 * 3. group under the one-activity-per-variant rule, then attach 1:n splits;
 * 4. name and order the steps; explain odd input in German notes.
 */
export function matchVariants(variants: readonly CompareVariant[], options: MatchOptions = {}): MatchResult {
  const params: MatchParams = { ...DEFAULT_MATCH_PARAMS, ...options.params };
  const lexicon = options.lexicon ?? defaultLexicon();
  const set = buildProfiles(variants, lexicon, params);
  const scores = scorePairs(set, options.signals ?? MATCH_SIGNALS, params, lexicon);
  const grouping = groupActivities(set, scores, params);
  const steps = buildSteps(set, grouping, scores);
  return { variants: set.variants, steps, notes: matchNotes(variants, set) };
}
