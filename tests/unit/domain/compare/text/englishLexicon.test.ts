import { describe, expect, it } from 'vitest';
import { analyzeLabel } from '../../../../../src/domain/compare/text/analyzeLabel';
import { compareLabels } from '../../../../../src/domain/compare/text/labelSimilarity';
import { defaultLexicon } from '../../../../../src/domain/compare/text/lexicon';
import { porterStem } from '../../../../../src/domain/compare/text/porterStemmer';
import { DERIVED, FUZZY, SYNONYM, termRelation } from '../../../../../src/domain/compare/text/termRelation';

const en = (a: string, b: string) => termRelation(porterStem(a), porterStem(b), 'en', 'en', defaultLexicon());

describe('English word relations from WordNet', () => {
  it('given two verbs that share a frequent sense, when related, then they should be synonyms', () => {
    expect(en('evaluate', 'assess')).toBe(SYNONYM);
    expect(en('choose', 'select')).toBe(SYNONYM);
  });

  it('given a verb and its nominalisation that Porter stems apart, when related, then they should be derived', () => {
    expect(en('admit', 'admission')).toBe(DERIVED);
    expect(en('decide', 'decision')).toBe(DERIVED);
  });

  it('given a nominalisation and a synonym of its verb, when related, then they should be synonyms', () => {
    expect(en('assessment', 'evaluate')).toBe(SYNONYM);
  });

  it('given an agent noun, when related to the verb, then it should not count as its nominalisation', () => {
    expect(en('employee', 'employ')).toBe(0);
    expect(en('application', 'apply')).toBe(DERIVED);
  });

  it('given unrelated words or a word only in a rare sense, when related, then they should not relate', () => {
    expect(en('send', 'receive')).toBe(0);
    expect(en('check', 'control')).toBe(0);
  });

  it('given a phrasal verb, when analysed, then verb and particle should be one action term', () => {
    const terms = analyzeLabel('Fill out application form', 'en', defaultLexicon()).terms;
    expect(terms[0]).toMatchObject({ stem: 'fill_out', action: true });
    expect(terms.map((t) => t.stem)).not.toContain('out');
    const apart = analyzeLabel('Hand application over to board', 'en', defaultLexicon()).terms;
    expect(apart[0].stem).toBe('hand_over');
    expect(termRelation('fill_out', 'fill_in', 'en', 'en', defaultLexicon())).toBe(FUZZY);
  });

  it('given nominal and verbal phrasing of one English step, when compared, then they should match', () => {
    expect(compareLabels('Assessment of application', 'Evaluate application')).toBeGreaterThanOrEqual(0.5);
    expect(compareLabels('Admission of student', 'Admit student')).toBeGreaterThanOrEqual(0.5);
  });

  it('given coordinated verbs, when analysed, then each should be an action', () => {
    const terms = analyzeLabel('Check and evaluate application', 'en', defaultLexicon()).terms;
    expect(terms.map((t) => t.action)).toEqual([true, true, false]);
    const objects = analyzeLabel('Send application form and documents', 'en', defaultLexicon()).terms;
    expect(objects.map((t) => t.action)).toEqual([true, false, false, false]);
  });
});
