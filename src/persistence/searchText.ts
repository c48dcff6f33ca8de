/**
 * Text normalisation for the library: one spelling of an Organisationseinheit and a folded
 * search text, so that the list filters without touching model bodies.
 */

/** Collapse runs of whitespace (incl. non-breaking spaces) and trim, e.g. "Bezirksamt  Mitte " → "Bezirksamt Mitte". */
export function normalizeOrganisationseinheit(value: string): string {
  return collapseWhitespace(value);
}

/** Trim and collapse inner whitespace of a name. */
export function collapseWhitespace(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Lower-case and fold German umlauts and ß so "Prüfung" matches "pruefung" and "prufung". */
export function foldForSearch(value: string): string {
  return collapseWhitespace(value)
    .toLocaleLowerCase('de-DE')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The fields of a variant that its search text is built from. */
export interface SearchTextSource {
  name: string;
  organisationseinheit: string;
  modellart: string;
}

/** The folded text a variant is found by: its name, OE, Modellart and the name of its process. */
export function buildSearchText(variant: SearchTextSource, processName: string): string {
  return foldForSearch([variant.name, variant.organisationseinheit, variant.modellart, processName].join(' · '));
}
