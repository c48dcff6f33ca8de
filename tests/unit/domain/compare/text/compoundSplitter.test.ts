import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../../../../src/domain/compare/text/compoundSplitter';
import { defaultLexicon } from '../../../../../src/domain/compare/text/lexicon';

const split = (word: string, corpus: string[] = []) => splitCompound(word, defaultLexicon(), new Set(corpus));

describe('splitCompound', () => {
  it.each([
    ['Antragsprüfung', ['antrag', 'prufung']],
    ['Gebührenbescheid', ['gebuhren', 'bescheid']],
    ['Vollständigkeitsprüfung', ['vollstandigkeit', 'prufung']],
    ['Bürgeramt', ['burger', 'amt']],
    ['Terminvereinbarung', ['termin', 'vereinbarung']]
  ])('given the compound "%s", when split, then it should give %j', (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  it.each(['Bescheid', 'Unterlagen', 'Verwaltung', 'versenden', 'Gebühren', 'Anmeldung'])(
    'given the simple word "%s", when split, then it should stay whole',
    (word) => {
      expect(split(word)).toHaveLength(1);
    }
  );

  it('given a word known only from the compared labels, when splitting, then it should be used as a part', () => {
    expect(split('Wohngeldstelle')).toEqual(['wohngeld', 'stelle']);
    expect(split('Zuzugsmeldung', ['zuzug'])).toEqual(['zuzug', 'meldung']);
    // a label word is no reason to keep it whole: the compared labels hold every compound
    expect(split('Miethöhe', ['miethohe'])).toEqual(['miet', 'hohe']);
  });
});
