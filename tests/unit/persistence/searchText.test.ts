import { describe, expect, it } from 'vitest';
import { buildSearchText, foldForSearch, normalizeOrganisationseinheit } from '../../../src/persistence/searchText';

describe('searchText', () => {
  it('should collapse whitespace of an Organisationseinheit, including non-breaking spaces', () => {
    expect(normalizeOrganisationseinheit('  Bezirksamt\u00a0 \t Neukölln ')).toBe('Bezirksamt Neukölln');
  });

  it('should fold case, umlauts, ß and accents', () => {
    expect(foldForSearch('Prüfung der Größe – Café')).toBe('pruefung der groesse – cafe');
  });

  it('should build the search text from name, OE, Modellart and process name', () => {
    expect(buildSearchText({ name: 'Antrag', organisationseinheit: 'Bezirksamt Mitte', modellart: 'SOLL' }, 'Wohngeld')).toBe(
      'antrag · bezirksamt mitte · soll · wohngeld'
    );
  });
});
