import type { SampleDefinition } from '../sampleDefinition';
import { DAY, SpecBuilder, work } from '../specBuilder';
import { APPLICANT, IT, WOHNGELD_KEY, WOHNGELD_POLITIKFELD, WOHNGELD_PROCESS } from './wohngeldCommon';

/**
 * IST Steglitz-Zehlendorf: a thorough modeller who writes long labels and likes "durchführen".
 * Formal and material checks are separated; income, rent AND assets are checked in parallel (the
 * asset check is a local extra); approvals and rejections are both countersigned; the Kasse
 * orders the payment; a reminder before the end of the approval period is a local extra step.
 *
 * Deliberate slips: generic verbs ("Formale Prüfung durchführen", "Wohngeldberechnung
 * durchführen"); an over-long activity label; the parallel split is joined by an exclusive
 * gateway; the approval's end event is named like an activity ("Bewilligung abschließen").
 */
const SB = 'Sachbearbeitung Wohngeld';
const TL = 'Teamleitung';
const KASSE = 'Kasse';

const spec = new SpecBuilder({
  id: 'Process_Wohngeld_Steglitz_Zehlendorf',
  name: 'Wohngeld (Mietzuschuss) bewilligen',
  participantName: 'Bezirksamt Steglitz-Zehlendorf – Wohngeldbehörde',
  documentation: 'Bewilligung von Mietzuschuss nach dem WoGG einschließlich Wiedervorlage für den Folgeantrag.',
  attributes: {
    prozessschluessel: WOHNGELD_KEY,
    politikfeld: WOHNGELD_POLITIKFELD,
    organisationseinheit: 'Bezirksamt Steglitz-Zehlendorf',
    modellart: 'IST',
    status: 'entwurf',
    version: '0.4',
    prozessverantwortlich: 'Fachbereichsleitung Wohnen',
    prozessmanager: 'Steuerungsdienst Bezirksamt Steglitz-Zehlendorf',
    fallzahlProJahr: 4300,
    stand: '2025-01-20',
    rechtsgrundlagen: ['§ 22 WoGG', '§ 21 WoGG', '§ 24 WoGG', '§ 25 WoGG']
  },
  lanes: { sb: SB, tl: TL, kasse: KASSE }
})
  .external(APPLICANT.id, APPLICANT.name)
  .start('StartEvent_Antrag', 'Wohngeldantrag liegt vor', 'sb', { eventDefinition: 'message' })
  .task('Activity_Eingangsbestaetigung', 'Eingangsbestätigung versenden', 'sb', work(SB, [IT.word], 'papier', 5, 2 * DAY))
  .xor('Gateway_Formal_Start', '', 'sb')
  .task('Activity_Formale_Pruefung', 'Formale Prüfung durchführen', 'sb', work(SB, [IT.fachverfahren], 'papier', 20, 0, { rechtsgrundlage: '§ 22 WoGG' }))
  .xor('Gateway_Formal', 'Antrag formal vollständig?', 'sb')
  .task('Activity_Nachfordern', 'Unterlagen schriftlich nachfordern', 'sb', work(SB, [IT.word], 'papier', 15, 0))
  .catchEvent('Event_Unterlagen', 'Unterlagen eingegangen', 'sb', 'message')
  .and('Gateway_Materiell_Start', 'sb')
  .task('Activity_Einkommen',
    'Einkommensnachweise aller Haushaltsmitglieder auf Vollständigkeit und Plausibilität prüfen', 'sb',
    work(SB, [IT.fachverfahren], 'papier', 45, DAY, { rechtsgrundlage: '§§ 14–18 WoGG' }))
  .task('Activity_Miete', 'Miethöhe und Wohnfläche prüfen', 'sb', work(SB, [IT.fachverfahren], 'papier', 15, DAY, { rechtsgrundlage: '§§ 9–12 WoGG' }))
  .task('Activity_Vermoegen', 'Vermögen prüfen', 'sb', work(SB, 'ohne IT', 'papier', 10, DAY, { rechtsgrundlage: '§ 21 Nr. 3 WoGG' }))
  .xor('Gateway_Materiell_Ende', '', 'sb')
  .task('Activity_Berechnung', 'Wohngeldberechnung durchführen', 'sb', work(SB, [IT.fachverfahren], 'digital', 10, 0))
  .xor('Gateway_Anspruch', 'Wohngeldanspruch gegeben?', 'sb')
  .task('Activity_Bewilligung', 'Bewilligungsbescheid fertigen', 'sb', work(SB, [IT.fachverfahren, IT.word], 'hybrid', 15, 0, { rechtsgrundlage: '§ 24 WoGG' }))
  .task('Activity_Schlusszeichnen', 'Bewilligungsbescheid schlusszeichnen', 'tl', work(TL, 'ohne IT', 'papier', 5, 3 * DAY))
  .task('Activity_Auszahlung', 'Auszahlung anordnen', 'kasse', work(KASSE, [IT.kasse], 'hybrid', 10, 2 * DAY, { rechtsgrundlage: '§ 26 WoGG' }))
  .task('Activity_Versenden', 'Bescheid versenden', 'sb', work(SB, 'ohne IT', 'papier', 5, DAY))
  .task('Activity_Wiedervorlage', 'Wiedervorlage zum Ende des Bewilligungszeitraums eintragen', 'sb', work(SB, [IT.excel], 'digital', 5, 0))
  .end('EndEvent_Bewilligt', 'Bewilligung abschließen', 'sb')
  .task('Activity_Ablehnung', 'Ablehnungsbescheid fertigen', 'sb', work(SB, [IT.fachverfahren, IT.word], 'hybrid', 25, 0, { rechtsgrundlage: '§ 24 WoGG' }))
  .task('Activity_Ablehnung_zeichnen', 'Ablehnungsbescheid schlusszeichnen', 'tl', work(TL, 'ohne IT', 'papier', 5, 3 * DAY))
  .task('Activity_Ablehnung_versenden', 'Ablehnungsbescheid versenden', 'sb', work(SB, 'ohne IT', 'papier', 5, DAY))
  .end('EndEvent_Abgelehnt', 'Antrag abgelehnt', 'sb')
  .chain('StartEvent_Antrag', 'Activity_Eingangsbestaetigung', 'Gateway_Formal_Start', 'Activity_Formale_Pruefung', 'Gateway_Formal')
  .flow('Gateway_Formal', 'Gateway_Materiell_Start', 'ja', 50)
  .flow('Gateway_Formal', 'Activity_Nachfordern', 'nein', 50)
  .chain('Activity_Nachfordern', 'Event_Unterlagen', 'Gateway_Formal_Start')
  .chain('Gateway_Materiell_Start', 'Activity_Einkommen', 'Gateway_Materiell_Ende')
  .chain('Gateway_Materiell_Start', 'Activity_Miete', 'Gateway_Materiell_Ende')
  .chain('Gateway_Materiell_Start', 'Activity_Vermoegen', 'Gateway_Materiell_Ende')
  .chain('Gateway_Materiell_Ende', 'Activity_Berechnung', 'Gateway_Anspruch')
  .flow('Gateway_Anspruch', 'Activity_Bewilligung', 'ja', 86)
  .flow('Gateway_Anspruch', 'Activity_Ablehnung', 'nein', 14)
  .chain('Activity_Bewilligung', 'Activity_Schlusszeichnen', 'Activity_Auszahlung', 'Activity_Versenden', 'Activity_Wiedervorlage', 'EndEvent_Bewilligt')
  .chain('Activity_Ablehnung', 'Activity_Ablehnung_zeichnen', 'Activity_Ablehnung_versenden', 'EndEvent_Abgelehnt')
  .message(APPLICANT.id, 'StartEvent_Antrag', 'Antrag')
  .message('Activity_Eingangsbestaetigung', APPLICANT.id, 'Eingangsbestätigung')
  .message('Activity_Nachfordern', APPLICANT.id, 'Nachforderung')
  .message(APPLICANT.id, 'Event_Unterlagen', 'Unterlagen')
  .message('Activity_Versenden', APPLICANT.id, 'Bewilligungsbescheid')
  .message('Activity_Ablehnung_versenden', APPLICANT.id, 'Ablehnungsbescheid')
  .build();

/** The Steglitz-Zehlendorf IST sample. */
export const wohngeldIstSteglitzZehlendorf: SampleDefinition = {
  file: 'wohngeld/wohngeld-ist-steglitz-zehlendorf.bpmn',
  process: WOHNGELD_PROCESS,
  organisationseinheit: 'Bezirksamt Steglitz-Zehlendorf',
  modellart: 'IST',
  description: 'Sehr ausführlich: formale und materielle Prüfung getrennt, zusätzlich Vermögensprüfung und Wiedervorlage, lange Beschriftungen.',
  spec
};
