import { describe, expect, it } from 'vitest';
import {
  analyzeActivityLabel,
  analyzeEventLabel,
  analyzeGatewayLabel,
  analyzeLaneLabel,
  findAbbreviations,
  checkLabelForm,
  normalizeLabel,
  tokenize,
  isInfinitive,
  isParticiple
} from '../../../modeling-conventions/lib/german/index.js';

const codes = (issues: Array<{ code: string }>) => issues.map((i) => i.code);

// label → expected issue codes ([] = fine); includes the catalog's known false positives
const ACTIVITY_CASES: Array<[string, string[]]> = [
  ['Antrag prüfen', []],
  ['Bescheid versenden', []],
  ['Antrag an Amt X weiterleiten', []],
  ['Unterlagen zurücksenden', []],
  ['fehlende Unterlagen nachfordern', []],
  ['vollständigen Antrag prüfen', []],
  ['Bescheid in eAkte ablegen', []],
  ['Antrag prüfen lassen', []],
  ['Antragsteller*in Ablehnung mitteilen', []],
  ['Mitteilung an Antragsteller/-in verschicken', []],
  ['PDF-Dokument digital signieren', []],
  ['E-Mail senden', []],
  ['Akte einscannen', []],
  ['Statusdokument herunterladen', []],
  ['Dokument storneiren', []],
  ['Prüfung des Antrags', ['noun-style']],
  ['Prüfen des Antrags', ['noun-style']],
  ['Antragsprüfung', ['noun-style']],
  ['Prüfung Antrag', ['noun-style']],
  ['Antrag geprüft', ['participle']],
  ['Bescheid zugestellt', ['participle']],
  ['Prüfe Antrag', ['imperative']],
  ['Sende Bescheid', ['imperative']],
  ['Antrag zu prüfen', ['zu-infinitive']],
  ['Antrag weiterzuleiten', ['zu-infinitive']],
  ['Prüfen', ['missing-object']],
  ['manuell prüfen', ['missing-object']],
  ['Abschluss', ['no-verb']],
  ['Send Mail', ['english']],
  ['Check Formular', ['english']],
  ['Create Document', ['english']],
  ['Antrag bearbeiten', ['generic-verb']],
  ['Prüfung durchführen', ['generic-verb']],
  ['Antrag prüfen und weiterleiten', ['multiple-activities']],
  ['Antrag prüfen/weiterleiten', ['multiple-activities']],
  ['Weiteren Test durchführen?', ['generic-verb', 'question']],
  ['Was ist DigiWF?', ['no-verb', 'question']],
  ['Benachrichtigung (nicht modelliert)', ['noun-style']]
];

const EVENT_CASES: Array<[string, string, string[]]> = [
  ['Antrag eingegangen', 'none', []],
  ['Antrag ist eingegangen', 'none', []],
  ['Frist abgelaufen', 'none', []],
  ['Unterlagen vollständig', 'none', []],
  ['Unterlagen liegen vor', 'none', []],
  ['Bescheid wurde versandt', 'none', []],
  ['Wohngeld bewilligt', 'none', []],
  ['Antrag entschieden', 'none', []],
  ['Daten registriert', 'none', []],
  ['Antrag prüfen', 'none', ['activity-style']],
  ['Gestartet', 'none', ['missing-object']],
  ['Ende', 'none', ['no-state']],
  ['Antrag vollständig?', 'none', ['question']],
  ['jeden 1. Werktag', 'timer', []],
  ['nach 14 Tagen', 'timer', []],
  ['monatlich', 'timer', []],
  ['Erinnerung', 'timer', ['timer-without-time']],
  ['Antrag', 'message', []],
  ['Fehlende Berechtigung', 'error', []],
  ['Receive error', 'message', ['activity-style']]
];

const GATEWAY_CASES: Array<[string, boolean, string[]]> = [
  ['Antrag vollständig?', true, []],
  ['Liegen alle Unterlagen vor?', true, []],
  ['Ist der Antrag fristgerecht?', true, []],
  ['Anzeige oder Bekanntgabe?', false, []],
  ['Welche Antragsart?', false, []],
  ['Antrag vollständig', false, ['no-question']],
  ['Antrag prüfen', false, ['activity-style']]
];

const LANE_CASES: Array<[string, string[]]> = [
  ['Sachbearbeitung', []],
  ['Bürgeramt', []],
  ['Sachbearbeiter:in', []],
  ['Frau Dr. Müller', ['person-name']],
  ['Anna Schmidt', ['person-name']],
  ['m.mustermann@bezirk.berlin.de', ['person-name']],
  ['Antrag prüfen', ['activity']],
  ['Sachbearbeiter*innen', ['plural']]
];

describe('analyzeActivityLabel', () => {
  it.each(ACTIVITY_CASES)('should judge activity %j as %j', (label, expected) => {
    // given an activity label, when analysed, then exactly the expected issues are found
    expect(codes(analyzeActivityLabel(label).issues)).toEqual(expected);
  });

  it('should suggest the object-infinitive form for noun style, imperative and participle', () => {
    expect(analyzeActivityLabel('Prüfung des Antrags').suggestion).toBe('Antrag prüfen');
    expect(analyzeActivityLabel('Antragsprüfung').suggestion).toBe('Antrag prüfen');
    expect(analyzeActivityLabel('Prüfe Antrag').suggestion).toBe('Antrag prüfen');
    expect(analyzeActivityLabel('Antrag abgelehnt').suggestion).toBe('Antrag ablehnen');
  });

  it('should accept a generic verb a team allowed', () => {
    expect(codes(analyzeActivityLabel('Vorgang bearbeiten', { allowedGenericVerbs: ['bearbeiten'] }).issues)).toEqual([]);
  });
});

describe('analyzeEventLabel', () => {
  it.each(EVENT_CASES)('should judge event %j (%s) as %j', (label, trigger, expected) => {
    expect(codes(analyzeEventLabel(label, { trigger }).issues)).toEqual(expected);
  });
});

describe('analyzeGatewayLabel', () => {
  it.each(GATEWAY_CASES)('should judge gateway %j (yes/no %s) as %j', (label, yesNo, expected) => {
    const result = analyzeGatewayLabel(label);
    expect(codes(result.issues)).toEqual(expected);
    expect(result.yesNo).toBe(yesNo);
  });
});

describe('analyzeLaneLabel', () => {
  it.each(LANE_CASES)('should judge lane %j as %j', (label, expected) => {
    expect(codes(analyzeLaneLabel(label).issues)).toEqual(expected);
  });
});

describe('findAbbreviations', () => {
  it.each([
    ['Antrag dem GPR zur Entscheidung vorlegen', ['GPR']],
    ['Vorgang z.A. legen', ['z.A.']],
    ['Fachgruppe RDVfIT informieren', ['RDVfIT']],
    ['Wohngeld nach § 7 WoGG bewilligen', []],
    ['Anspruch nach § 19 Abs. 2 SGB II prüfen', []],
    ['Bescheid in eAkte ablegen', []],
    ['Identität mit BundID und ELSTER prüfen', []],
    ['IT-Verfahren per E-Mail informieren', []],
    ['Bürger*innen und BürgerInnen informieren', []],
    ['z. B. Antrag prüfen', []]
  ])('should find in %j the abbreviations %j', (label, expected) => {
    expect(findAbbreviations(label).map((a) => a.text)).toEqual(expected);
  });

  it('should accept terms of the team glossary', () => {
    expect(findAbbreviations('Antrag dem GPR vorlegen', { glossary: { GPR: 'Gesamtpersonalrat' } })).toEqual([]);
  });
});

describe('checkLabelForm', () => {
  it.each([
    ['Antrag prüfen', 'activity', []],
    ['Antrag\nprüfen', 'activity', ['line-break']],
    ['Antrag  prüfen', 'activity', ['double-space']],
    ['Antrags\u00ADprüfung durchführen', 'activity', ['soft-hyphen']],
    ['Update-Batches zusammen-stellen', 'activity', ['hyphenation', 'english']],
    ['${app_title}', 'activity', ['placeholder']],
    ['Antrag pruefen', 'activity', ['umlaut-substitute']],
    ['Dokument Stornieren', 'activity', ['capitalized-verb']],
    ['Zuständigkeit ändern oder Vergabe von Schreibrechten beauftragen', 'activity', ['too-many-words', 'too-long']],
    ['Send Mail', 'activity', ['english']],
    ['Dokument immer an die POSTSTELLE!!!', 'activity', ['emphasis']],
    ['Fehlende Berechtigung oder Knoten nicht gefunden', 'event', []]
  ] as const)('should find in %j (%s) the form issues %j', (label, kind, expected) => {
    expect(codes(checkLabelForm(label, { kind }))).toEqual(expected);
  });
});

describe('normalizeLabel and tokenize', () => {
  it('should normalise whitespace, line breaks, soft hyphens and NFC', () => {
    expect(normalizeLabel('  Antrag\n  prüfen ')).toBe('Antrag prüfen');
    expect(normalizeLabel('zusammen-\nstellen')).toBe('zusammenstellen');
    expect(normalizeLabel('Antrags\u00ADprüfung')).toBe('Antragsprüfung');
    expect(normalizeLabel('pru\u0308fen')).toBe('prüfen');
  });

  it('should keep compounds, slashes and gender forms as one token', () => {
    const texts = tokenize('E-Mail an Antragsteller/-in und Sachbearbeiter:in (Ist-Zustand) senden.').map((t) => t.text);
    expect(texts).toEqual(['E-Mail', 'an', 'Antragsteller/-in', 'und', 'Sachbearbeiter:in', 'Ist-Zustand', 'senden']);
  });

  it('should know infinitives and participles incl. separable and irregular forms', () => {
    for (const verb of ['prüfen', 'weiterleiten', 'zurücksenden', 'nachfordern', 'einscannen', 'archivieren']) expect(isInfinitive(verb)).toBe(true);
    for (const form of ['eingegangen', 'abgelehnt', 'bewilligt', 'erteilt', 'entschieden', 'versandt', 'registriert']) expect(isParticiple(form)).toBe(true);
    expect(isInfinitive('Antrag')).toBe(false);
    expect(isParticiple('prüfen')).toBe(false);
  });
});
