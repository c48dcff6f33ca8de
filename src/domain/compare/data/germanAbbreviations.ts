/**
 * Abbreviations common in German administrative process labels and role names, expanded before
 * analysis ("Antrag im FV erfassen" = "Antrag im Fachverfahren erfassen"). Keys are lower-case;
 * only whole tokens are expanded.
 */
export const GERMAN_ABBREVIATIONS: Readonly<Record<string, string>> = {
  fv: 'Fachverfahren',
  sb: 'Sachbearbeitung',
  gl: 'Gruppenleitung',
  tl: 'Teamleitung',
  al: 'Amtsleitung',
  fbl: 'Fachbereichsleitung',
  ba: 'Bezirksamt',
  va: 'Verwaltungsakt',
  wv: 'Wiedervorlage',
  az: 'Aktenzeichen',
  eakte: 'E-Akte',
  ast: 'Antragsteller',
  bg: 'Bedarfsgemeinschaft',
  bescheinig: 'Bescheinigung',
  unterl: 'Unterlagen',
  pers: 'persönlich',
  tel: 'telefonisch',
  schriftl: 'schriftlich',
  ggfs: 'gegebenenfalls'
};
