import { describe, expect, it } from 'vitest';
import { roleWords, sameRole } from '../../../../../src/domain/compare/text/roleNames';

describe('sameRole', () => {
  it.each([
    ['SB', 'Sachbearbeitung'],
    ['Sachbearbeitung Wohngeld', 'Sachbearbeitung'],
    ['sachbearbeitung', 'Sachbearbeitung'],
    ['Teamleitung', 'TL']
  ])('given "%s" and "%s", when compared, then they should be the same role', (a, b) => {
    expect(sameRole(a, b)).toBe(true);
  });

  it.each([
    ['Sachbearbeitung', 'Teamleitung'],
    ['Bürgeramt', 'Poststelle'],
    ['Sachbearbeitung', undefined],
    ['', '']
  ])('given "%s" and "%s", when compared, then they should differ', (a, b) => {
    expect(sameRole(a, b)).toBe(false);
  });

  it('given a role with an abbreviation and filler words, when split, then it should give the expanded words', () => {
    expect(roleWords('GL der Wohngeldstelle')).toEqual(['gruppenleitung', 'wohngeldstelle']);
  });
});
