import { describe, expect, it } from 'vitest';
import { foldWord, normalizeLabel, tokenize } from '../../../../../src/domain/compare/text/normalizeText';
import { compareLabels } from '../../../../../src/domain/compare/text/labelSimilarity';

describe('normalizeText', () => {
  it('given umlauts and ß, when folded, then they should become ASCII', () => {
    expect(foldWord('Prüfung')).toBe('pruefung');
    expect(foldWord('Straße')).toBe('strasse');
    expect(normalizeLabel('  Antrag   PRÜFEN! ')).toBe('antrag pruefen');
  });

  it('given a word hyphenated across a line break, when tokenized, then it should be one word again', () => {
    expect(tokenize('Antrags-\nprüfung durchführen').map((t) => t.text)).toEqual(['Antragsprüfung', 'durchführen']);
    expect(compareLabels('Antrags-\nprüfung', 'Antrag prüfen')).toBeGreaterThanOrEqual(0.5);
  });

  it('given punctuation, slashes and paragraph numbers, when tokenized, then only words should remain', () => {
    expect(tokenize('Bescheid (Papier/E-Mail) erstellen § 7').map((t) => t.text)).toEqual(['Bescheid', 'Papier', 'EMail', 'erstellen']);
    expect(tokenize('')).toEqual([]);
  });

  it('given a label, when tokenized, then capitalisation and position should be kept per token', () => {
    expect(tokenize('Antrag prüfen')).toEqual([
      { text: 'Antrag', capitalised: true, index: 0 },
      { text: 'prüfen', capitalised: false, index: 1 }
    ]);
  });
});
