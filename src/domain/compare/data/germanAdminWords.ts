/**
 * Everyday words of German public administration that the compound splitter must know even
 * when the thesaurus lacks them or lists them only inside longer compounds
 * ("Vollständigkeitsprüfung" = Vollständigkeit + Prüfung). Nouns and verbs; no synonyms here.
 */
export const GERMAN_ADMIN_WORDS: readonly string[] = [
  'Antrag', 'Anträge', 'Bescheid', 'Gebühr', 'Gebühren', 'Unterlage', 'Unterlagen', 'Akte', 'Akten', 'Nachweis', 'Formular',
  'Ausweis', 'Pass', 'Bürger', 'Bürgerin', 'Amt', 'Ämter', 'Behörde', 'Stelle', 'Frist', 'Termin', 'Vorgang', 'Fall',
  'Daten', 'Dokument', 'Eingang', 'Post', 'Brief', 'Schreiben', 'Mitteilung', 'Zahlung', 'Kasse', 'Register', 'Meldung',
  'Anmeldung', 'Abmeldung', 'Ummeldung', 'Prüfung', 'Genehmigung', 'Bewilligung', 'Ablehnung', 'Widerspruch',
  'Stellungnahme', 'Vollständigkeit', 'Zuständigkeit', 'Richtigkeit', 'Zulässigkeit', 'Plausibilität', 'Sachbearbeitung',
  'Leitung', 'Bearbeitung', 'Erfassung', 'System', 'Verfahren', 'Fachverfahren', 'Stempel', 'Eingangsstempel', 'Eingabe',
  'Zustellung', 'Versand', 'Rechnung', 'Quittung', 'Beleg', 'Bestätigung', 'Anhörung', 'Ausnahme', 'Erlaubnis',
  'Wohnung', 'Wohnsitz', 'Gewerbe', 'Betrieb', 'Kind', 'Kita', 'Schule', 'Elterngeld', 'Wohngeld', 'Geld', 'Leistung',
  'Leistungen', 'Sozialleistung', 'Berechnung', 'Prognose', 'Entscheidung', 'Vorlage', 'Vermerk', 'Aktenvermerk', 'Archiv',
  'Archivierung', 'Ablage', 'Scan', 'Digitalisierung', 'Erfassungsmaske', 'Maske', 'Portal', 'Konto', 'Servicekonto',
  'Identität', 'Identifikation', 'Signatur', 'Unterschrift', 'Zahlungseingang', 'Mahnung', 'Erinnerung', 'Wiedervorlage',
  'Rückfrage', 'Nachforderung', 'Anforderung', 'Einwilligung', 'Vollmacht', 'Zeugnis', 'Urkunde', 'Bescheinigung',
  'Zertifikat', 'Lichtbild', 'Foto', 'Gesundheit', 'Gesundheitsamt', 'Ordnungsamt', 'Bürgeramt', 'Jugendamt', 'Sozialamt',
  'Bauamt', 'Standesamt', 'Finanzamt', 'Senat', 'Bezirk', 'Bezirksamt', 'Kunde', 'Kundin', 'Antragsteller',
  'Antragstellerin', 'Sachbearbeiter', 'Sachbearbeiterin', 'Team', 'Leiter', 'Leiterin', 'Fachbereich', 'Abteilung',
  'Sachgebiet', 'Referat', 'Prozess', 'Ergebnis', 'Status', 'Eintrag', 'Auskunft', 'Fahrerlaubnis', 'Führerschein',
  'Reisepass', 'Personalausweis', 'Melderegister', 'Gewerbeanmeldung', 'Baugenehmigung', 'Aufenthalt', 'Titel',
  'Einbürgerung', 'Sprache', 'Kenntnis', 'Prüfen', 'prüfen', 'erfassen', 'versenden', 'ablehnen', 'genehmigen',
  'bewilligen', 'erstellen', 'erteilen', 'ausstellen', 'zustellen', 'anlegen', 'buchen', 'zahlen', 'melden', 'anfordern',
  'nachfordern', 'weiterleiten', 'archivieren', 'scannen', 'drucken', 'unterschreiben', 'zeichnen', 'mitzeichnen',
  'freigeben', 'abschließen', 'eröffnen', 'entscheiden', 'berechnen', 'bearbeiten', 'beantragen', 'einreichen',
  'vorlegen', 'aushändigen', 'abholen', 'informieren', 'benachrichtigen', 'vereinbaren', 'terminieren'
];
