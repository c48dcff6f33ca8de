import { describe, expect, it } from 'vitest';
import { cistemStem } from '../../../../../src/domain/compare/text/cistemStemmer';
import { germanStem } from '../../../../../src/domain/compare/text/germanStem';

describe('germanStem', () => {
  it.each([
    [['Prüfung', 'prüfen', 'geprüft', 'Prüfungen', 'Pruefung']],
    [['versenden', 'versandt', 'Versand']],
    [['ablehnen', 'abgelehnt', 'Ablehnung']],
    [['ausfüllen', 'ausgefüllt']],
    [['registrieren', 'Registrierung']],
    [['dokumentieren', 'Dokumentation']],
    [['Antrag', 'Antrags', 'Anträge']],
    [['Gebühr', 'Gebühren']]
  ])('given the forms %j, when stemmed, then they should share one stem', (forms) => {
    const stems = new Set(forms.map(germanStem));
    expect(stems.size).toBe(1);
  });

  it('given different verbs, when stemmed, then they should stay apart', () => {
    expect(germanStem('prüfen')).not.toBe(germanStem('ablehnen'));
    expect(germanStem('versenden')).not.toBe(germanStem('senden'));
    expect(germanStem('erstellen')).not.toBe(germanStem('zustellen'));
  });
});

describe('cistemStem', () => {
  it('given words from the CISTEM paper, when stemmed, then it should strip the inflection', () => {
    expect(cistemStem('Katzen')).toBe('katz');
    expect(cistemStem('gelaufen')).toBe('lauf');
    expect(cistemStem('Häuser')).toBe(cistemStem('Haus')); // both 'hau': CISTEM strips a final s too
  });
});
