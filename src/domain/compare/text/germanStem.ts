import { cistemStrip } from './cistemStemmer';

/**
 * German stemming for matching: CISTEM plus the derivations CISTEM leaves apart but a process
 * label uses interchangeably — nominalisations (Prüfung / prüfen, Registrierung / registrieren,
 * Dokumentation / dokumentieren), participles with separable prefixes (ausgefüllt / ausfüllen)
 * and a few irregular forms (Versand / versandt / versenden). Typed umlauts (ue, oe, ae) fold
 * like real ones, so "Pruefung" equals "Prüfung".
 */

/** Irregular nominalisations and participles (folded, without umlauts) → regular infinitive. */
const IRREGULAR: Record<string, string> = {
  versand: 'versenden', versandt: 'versenden', gesandt: 'senden', zusandt: 'zusenden', zugesandt: 'zusenden',
  annahme: 'annehmen', abnahme: 'abnehmen', aufnahme: 'aufnehmen', entnahme: 'entnehmen', rucknahme: 'rucknehmen',
  ubernahme: 'ubernehmen', einnahme: 'einnehmen', vornahme: 'vornehmen', stellungnahme: 'stellungnehmen',
  abgabe: 'abgeben', angabe: 'angeben', eingabe: 'eingeben', ausgabe: 'ausgeben', vergabe: 'vergeben',
  ubergabe: 'ubergeben', weitergabe: 'weitergeben', freigabe: 'freigeben', herausgabe: 'herausgeben', zugabe: 'zugeben',
  eingang: 'eingehen', zugang: 'zugehen', ausgang: 'ausgehen', abgang: 'abgehen', rucklauf: 'rucklaufen',
  erhalt: 'erhalten', empfang: 'empfangen', beginn: 'beginnen', abschluss: 'abschliessen', beschluss: 'beschliessen',
  ausschluss: 'ausschliessen', entscheid: 'entscheiden', entschied: 'entscheiden', entschieden: 'entscheiden',
  geschrieben: 'schreiben', unterschrieben: 'unterschreiben', unterschrift: 'unterschreiben',
  vorgelegt: 'vorlegen', vorlage: 'vorlegen', ablage: 'ablegen', anlage: 'anlegen', auflage: 'auflegen',
  zahlung: 'zahlen', einzahlung: 'einzahlen', auszahlung: 'auszahlen', bezahlung: 'bezahlen',
  gebucht: 'buchen', buchung: 'buchen', kenntnis: 'kennen', erlass: 'erlassen', nachweis: 'nachweisen',
  versuch: 'versuchen', besuch: 'besuchen', antwort: 'antworten', auskunft: 'auskunften', ruckfrage: 'ruckfragen',
  anruf: 'anrufen', aufruf: 'aufrufen', abruf: 'abrufen', widerruf: 'widerrufen', einspruch: 'einsprechen',
  widerspruch: 'widersprechen', anspruch: 'anspruchen', ausdruck: 'ausdrucken', druck: 'drucken',
  bezug: 'beziehen', abzug: 'abziehen', vollzug: 'vollziehen', einzug: 'einziehen', umzug: 'umziehen',
  wahl: 'wahlen', auswahl: 'auswahlen', zuschlag: 'zuschlagen', vorschlag: 'vorschlagen', eintrag: 'eintragen',
  // strong participles of -gehen and -nehmen (the ablaut hides the verb: "eingegangen" ≠ "eingang")
  eingegangen: 'eingehen', zugegangen: 'zugehen', ausgegangen: 'ausgehen', abgegangen: 'abgehen', vorgegangen: 'vorgehen',
  angenommen: 'annehmen', aufgenommen: 'aufnehmen', abgenommen: 'abnehmen', entgegengenommen: 'entgegennehmen',
  ubernommen: 'ubernehmen', vorgenommen: 'vornehmen', eingenommen: 'einnehmen', entnommen: 'entnehmen',
  zuruckgenommen: 'zurucknehmen', teilgenommen: 'teilnehmen'
};

/** Is this folded word an irregular nominalisation of a verb ("Versand", "Annahme", "Eingang")? */
export function isIrregularNominalisation(folded: string): boolean {
  const w = foldForStem(folded);
  return w in IRREGULAR && !PARTICIPLES.has(w);
}

const PARTICIPLES = new Set([
  'versandt', 'gesandt', 'zusandt', 'zugesandt', 'entschied', 'entschieden', 'geschrieben', 'unterschrieben', 'vorgelegt', 'gebucht',
  'eingegangen', 'zugegangen', 'ausgegangen', 'abgegangen', 'vorgegangen', 'angenommen', 'aufgenommen', 'abgenommen',
  'entgegengenommen', 'ubernommen', 'vorgenommen', 'eingenommen', 'entnommen', 'zuruckgenommen', 'teilgenommen'
]);

const SEPARABLE = /^(ab|an|auf|aus|bei|ein|fest|frei|her|hin|los|mit|nach|vor|vorab|weg|weiter|wieder|zu|zuruck|zusammen|bereit|heraus|hinzu|nach|um|uber)ge([a-z]{3,}(?:t|et|en))$/;

/** Fold for stemming: ä/ae → a, ö/oe → o, ü/ue → u, ß → ss, lower case. */
export function foldForStem(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss')
    .replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

const cache = new Map<string, string>();

/** The matching stem of a German word (cached; pure). */
export function germanStem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const stem = computeStem(word);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, stem);
  return stem;
}

function computeStem(word: string): string {
  // 1. fold; map irregular forms to their infinitive
  let w = foldForStem(word);
  w = IRREGULAR[w] ?? w;
  // 2. participles: "ge" after a separable prefix (ausgefüllt → ausfüllt), or leading "ge" (geprüft)
  w = w.replace(SEPARABLE, '$1$2');
  if (/^ge.{4,}$/.test(w)) w = w.slice(2); // CISTEM strips every leading ge- (Gebühr and Gebühren alike)
  // 3. nominalisations that map onto the verb: -ation → -ieren (Dokumentation → dokumentieren)
  if (w.length > 7 && w.endsWith('ation')) w = w.slice(0, -5) + 'ieren';
  if (w.length > 8 && w.endsWith('ationen')) w = w.slice(0, -7) + 'ieren';
  // 4. CISTEM (case-insensitive: label capitalisation is unreliable)
  //    without CISTEM's -nd rule: it exists for present participles (rare in labels) and over-stems
  //    the many verbs in -nden (versenden → "ver", übersenden → "uber")
  let stem = cistemStrip(w, true, false);
  // 5. -ung / -ungen nominalisations (Prüfung → prüf, Registrierung → registri)
  if (stem.length >= 6 && stem.endsWith('ung')) stem = cistemStrip(stem.slice(0, -3), true, false);
  return stem;
}
