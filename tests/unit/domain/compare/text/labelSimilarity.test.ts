import { describe, expect, it } from 'vitest';
import { analyzeLabel } from '../../../../../src/domain/compare/text/analyzeLabel';
import { compareLabels } from '../../../../../src/domain/compare/text/labelSimilarity';
import { defaultLexicon } from '../../../../../src/domain/compare/text/lexicon';
import { MUST_MATCH, MUST_NOT_MATCH } from '../labelPairs';

const MATCH = 0.5;

describe('compareLabels: the label-pair table', () => {
  it('should hold at least 40 pairs in all', () => {
    expect(MUST_MATCH.length + MUST_NOT_MATCH.length).toBeGreaterThanOrEqual(40);
  });

  it.each(MUST_MATCH)('given "%s" and "%s", when compared, then they should match', (a, b) => {
    expect(compareLabels(a, b)).toBeGreaterThanOrEqual(MATCH);
    expect(compareLabels(b, a)).toBeCloseTo(compareLabels(a, b), 10);
  });

  it.each(MUST_NOT_MATCH)('given "%s" and "%s", when compared, then they should not match', (a, b) => {
    expect(compareLabels(a, b)).toBeLessThan(MATCH);
  });
});

describe('analyzeLabel', () => {
  const terms = (label: string) => analyzeLabel(label, 'de', defaultLexicon()).terms.map((t) => `${t.stem}${t.action ? '*' : ''}`);

  it('given verbal, nominal and compound phrasing, when analysed, then the action and object should be the same', () => {
    const verbal = terms('Antrag prüfen').sort();
    expect(terms('Prüfung des Antrags').sort()).toEqual(verbal);
    expect(terms('Antragsprüfung').sort()).toEqual(verbal);
    expect(verbal).toContain(`${terms('prüfen')[0].replace('*', '')}*`);
  });

  it('given an -ung noun next to a verb, when analysed, then the noun should be the object', () => {
    const t = terms('Rechnung erstellen');
    expect(t.filter((x) => x.endsWith('*'))).toHaveLength(1);
    expect(t[1].endsWith('*')).toBe(true);
  });

  it('given a negation, when analysed, then the label should be marked negated', () => {
    expect(analyzeLabel('Antrag nicht vollständig', 'de', defaultLexicon()).negated).toBe(true);
  });

  it('given an English label, when analysed, then the first word should be the action', () => {
    const a = analyzeLabel('Send letter of rejection', 'en', defaultLexicon());
    expect(a.terms.map((t) => t.stem)).toEqual(['send', 'letter', 'reject']);
    expect(a.terms[0].action).toBe(true);
  });

  it('given a bare nominalisation, when analysed, then it should be an object: deciding it or receiving it is open', () => {
    const en = (label: string) => analyzeLabel(label, 'en', defaultLexicon()).terms.map((t) => `${t.stem}${t.action ? '*' : ''}`);
    expect(terms('Ablehnung')).toEqual(['ableh']);
    expect(terms('Annahme')).toEqual(['annehm']);
    expect(en('Rejection')).toEqual(['reject']);
    // a verb alone, a nominalisation with its object, and -ment words (often verbs too) keep the action
    expect(terms('Ablehnen')).toEqual(['ableh*']);
    expect(terms('Antragsprüfung')).toEqual(['antrag', 'pruf*']);
    expect(en('Evaluate')).toEqual(['evalu*']);
    expect(en('Document')).toEqual(['document*']);
  });
});
