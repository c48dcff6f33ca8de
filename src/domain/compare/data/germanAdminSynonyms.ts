/**
 * Hand-written German synonym groups of public administration that OpenThesaurus lacks or keeps
 * only in large, vague synsets (which the build filters out). General administrative language,
 * not tied to one process. Added to the thesaurus synsets by `text/lexicon.ts`.
 */
export const GERMAN_ADMIN_SYNONYMS: readonly (readonly string[])[] = [
  ['genehmigen', 'bewilligen', 'stattgeben', 'gewähren', 'zulassen'],
  ['erstellen', 'anfertigen', 'fertigen', 'ausfertigen', 'verfassen', 'schreiben', 'aufsetzen'],
  ['zeichnen', 'abzeichnen', 'gegenzeichnen', 'schlusszeichnen', 'mitzeichnen', 'unterzeichnen', 'freigeben'],
  ['benachrichtigen', 'informieren', 'mitteilen', 'unterrichten', 'verständigen'],
  ['versenden', 'verschicken', 'zusenden', 'übersenden', 'senden', 'schicken'],
  ['prüfen', 'überprüfen', 'kontrollieren', 'sichten', 'checken'],
  ['erfassen', 'eingeben', 'eintragen', 'einpflegen'],
  ['nachfordern', 'anfordern'],
  ['weiterleiten', 'übermitteln', 'übergeben', 'abgeben'],
  ['aushändigen', 'ausgeben', 'übergeben'],
  ['scannen', 'einscannen', 'digitalisieren'],
  ['archivieren', 'ablegen', 'aufbewahren'],
  ['zustellen', 'zusenden'],
  ['bekanntgeben', 'zustellen', 'versenden', 'übermitteln'],
  ['entgegennehmen', 'annehmen', 'empfangen', 'erhalten'],
  ['Antragsteller', 'Antragstellerin', 'Antragstellende', 'Kunde', 'Kundin', 'Bürger', 'Bürgerin'],
  ['Unterlagen', 'Dokumente', 'Nachweise', 'Belege'],
  ['Akte', 'Vorgang', 'Fallakte'],
  ['Termin', 'Vorsprache'],
  ['Gebühr', 'Entgelt'],
  ['Bescheid', 'Verwaltungsakt']
];
