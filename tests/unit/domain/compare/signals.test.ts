import { describe, expect, it } from 'vitest';
import { buildProfiles } from '../../../../src/domain/compare/matching/buildProfiles';
import { DEFAULT_MATCH_PARAMS } from '../../../../src/domain/compare/matching/matchParams';
import { matchVariants } from '../../../../src/domain/compare/matching/matchVariants';
import { scorePairs } from '../../../../src/domain/compare/matching/scorePairs';
import type { MatchSignal } from '../../../../src/domain/compare/matching/signals/matchSignal';
import { MATCH_SIGNALS } from '../../../../src/domain/compare/matching/signals/signalRegistry';
import { defaultLexicon } from '../../../../src/domain/compare/text/lexicon';
import { variant } from './graphFixture';

const a = variant('A', [{ label: 'Antrag erfassen', role: 'Bürgeramt' }, { label: 'Antrag prüfen', role: 'Fachbereich' }, { label: 'Wait for results' }]);
const b = variant('B', [{ label: 'Antrag eingeben', role: 'Bürgeramt' }, { label: 'Prüfung des Antrags', role: 'Fachbereich' }, { label: 'Warten auf Rückmeldung' }]);

describe('matcher signals', () => {
  it('given the registry, when listing signals, then there should be one base signal and context signals with weights', () => {
    expect(MATCH_SIGNALS.filter((s) => s.kind === 'base').map((s) => s.id)).toEqual(['label']);
    for (const s of MATCH_SIGNALS.filter((x) => x.kind === 'context')) expect(DEFAULT_MATCH_PARAMS.signalWeights[s.id]).toBeGreaterThan(0);
  });

  it('given two variants, when every signal scores every candidate pair, then evidence should lie in [0, 1] or be undefined', () => {
    const set = buildProfiles([a, b], defaultLexicon(), DEFAULT_MATCH_PARAMS);
    const scores = scorePairs(set, MATCH_SIGNALS, DEFAULT_MATCH_PARAMS, defaultLexicon());
    const context = {
      set,
      params: DEFAULT_MATCH_PARAMS,
      labelScore: (x: number, y: number) => scores.label.get(Math.min(x, y) * scores.n + Math.max(x, y)) ?? 0,
      bestLabelScore: () => 1,
      variantHasTerm: () => false
    };
    for (const x of set.profiles) {
      for (const y of set.profiles) {
        if (x.variantIndex === y.variantIndex) continue;
        for (const s of MATCH_SIGNALS) {
          const v = s.score(x, y, context);
          if (v !== undefined) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
        }
      }
    }
    for (const v of scores.combined.values()) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
  });

  it('given a new signal in the signal list, when matching, then it should take part in the score (extension point)', () => {
    const veto: MatchSignal = { id: 'veto', title: 'Veto', kind: 'context', score: () => 0 };
    const withVeto = matchVariants([a, b], { signals: [...MATCH_SIGNALS, veto], params: { signalWeights: { ...DEFAULT_MATCH_PARAMS.signalWeights, veto: 2 } } });
    expect(withVeto.steps.every((s) => s.support === 1)).toBe(true);
    expect(matchVariants([a, b]).steps.some((s) => s.support === 2)).toBe(true);
  });

  it('given context only, when labels differ in their object, then context alone should not create a match', () => {
    const x = variant('X', ['Antrag prüfen', 'Bescheid erstellen', 'Bescheid versenden']);
    const y = variant('Y', ['Antrag prüfen', 'Akte anlegen', 'Bescheid versenden']);
    const r = matchVariants([x, y]);
    expect(r.steps.find((s) => s.members.some((m) => m.label === 'Akte anlegen'))!.support).toBe(1);
  });
});
