import { describe, expect, it } from 'vitest';
import { porterStem } from '../../../../../src/domain/compare/text/porterStemmer';

describe('porterStem', () => {
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['hopping', 'hop'], ['relational', 'relat'], ['generalization', 'gener'],
    ['rejection', 'reject'], ['acceptance', 'accept'], ['evaluation', 'evalu'], ['checking', 'check'], ['sent', 'send']
  ])('given "%s", when stemmed, then it should give "%s"', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});
