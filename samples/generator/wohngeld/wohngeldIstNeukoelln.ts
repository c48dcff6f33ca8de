import type { SampleDefinition } from '../sampleDefinition';
import { DAY, SpecBuilder, work } from '../specBuilder';
import { APPLICANT, IT, WOHNGELD_KEY, WOHNGELD_POLITIKFELD, WOHNGELD_PROCESS } from './wohngeldCommon';

/**
 * IST Neukölln: a large, paper-based Wohngeldstelle, modelled by a writer who names every step
 * as a noun ("Prüfung der Vollständigkeit"). Separate checks of income and rent, a local step
 * "Akte aus dem Archiv anfordern" for renewals, signature by the team lead, payment by the Kasse.
 *
 * Deliberate slips: noun-style task labels; the XOR "Vollständigkeit" without question mark;
 * the rework loop enters the check task directly (implicit merge); the Steckbrief lacks
 * Prozessverantwortliche/r, Version and description.
 */
const POST = 'Poststelle';
const SB = 'Sachbearbeitung';
const TL = 'Teamleitung';
const KASSE = 'Kasse';

const spec = new SpecBuilder({
  id: 'Process_Wohngeld_Neukoelln',
  name: 'Bearbeitung Wohngeldantrag',
  participantName: 'Bezirksamt Neukölln – Wohngeldstelle',
  attributes: {
    prozessschluessel: WOHNGELD_KEY,
    politikfeld: WOHNGELD_POLITIKFELD,
    organisationseinheit: 'Bezirksamt Neukölln',
    modellart: 'IST',
    status: 'entwurf',
    fallzahlProJahr: 9800,
    stand: '2025-02-18'
  },
  lanes: { post: POST, sb: SB, tl: TL, kasse: KASSE }
})
  .external(APPLICANT.id, APPLICANT.name)
  .start('StartEvent_Antrag', 'Antrag eingegangen', 'post', { eventDefinition: 'message' })
  .task('Activity_Eingangsbearbeitung', 'Eingangsbearbeitung', 'post', work(POST, 'ohne IT', 'papier', 3, DAY))
  .task('Activity_Weiterleitung', 'Weiterleitung an die Wohngeldstelle', 'post', work(POST, 'ohne IT', 'papier', 2, DAY))
  .xor('Gateway_Erstantrag', 'Erstantrag?', 'sb')
  .task('Activity_Akte_Archiv', 'Akte aus dem Archiv anfordern', 'sb', work(SB, ['Archivverwaltung'], 'papier', 5, 3 * DAY))
  .task('Activity_Akte_anlegen', 'Anlage einer neuen Akte', 'sb', work(SB, 'ohne IT', 'papier', 10, 0))
  .xor('Gateway_Akte_da', '', 'sb')
  .task('Activity_Erfassung', 'Erfassung im Fachverfahren', 'sb', work(SB, [IT.fachverfahren], 'hybrid', 20, 2 * DAY))
  .task('Activity_Pruefung_Vollstaendigkeit', 'Prüfung der Vollständigkeit', 'sb', work(SB, 'ohne IT', 'papier', 15, 0, { rechtsgrundlage: '§ 60 SGB I' }))
  .xor('Gateway_Vollstaendigkeit', 'Vollständigkeit', 'sb')
  .task('Activity_Nachforderung', 'Nachforderung von Unterlagen', 'sb', work(SB, [IT.word], 'papier', 15, 21 * DAY))
  .task('Activity_Pruefung_Einkommen', 'Prüfung des Einkommens', 'sb', work(SB, [IT.fachverfahren], 'papier', 30, DAY, { rechtsgrundlage: '§§ 14–18 WoGG' }))
  .task('Activity_Pruefung_Miete', 'Prüfung der Miete', 'sb', work(SB, [IT.fachverfahren], 'papier', 15, 0, { rechtsgrundlage: '§§ 9–12 WoGG' }))
  .task('Activity_Berechnung', 'Berechnung des Wohngeldes', 'sb', work(SB, [IT.fachverfahren], 'digital', 10, 0))
  .xor('Gateway_Anspruch', 'Anspruch?', 'sb')
  .task('Activity_Bescheid', 'Erstellung des Bescheids', 'sb', work(SB, [IT.fachverfahren, IT.word], 'hybrid', 15, 0))
  .task('Activity_Zeichnung', 'Zeichnung durch die Teamleitung', 'tl', work(TL, 'ohne IT', 'papier', 5, 3 * DAY))
  .task('Activity_Zahlbarmachung', 'Zahlbarmachung', 'kasse', work(KASSE, [IT.kasse], 'hybrid', 10, 2 * DAY))
  .task('Activity_Versand', 'Versand des Bescheids', 'post', work(POST, 'ohne IT', 'papier', 3, DAY))
  .end('EndEvent_Bewilligt', 'Bescheid versandt', 'post', { eventDefinition: 'message' })
  .task('Activity_Ablehnung', 'Ablehnungsbescheid', 'sb', work(SB, [IT.fachverfahren, IT.word], 'hybrid', 20, 0))
  .task('Activity_Ablage', 'Ablage in der Papierakte', 'sb', work(SB, 'ohne IT', 'papier', 5, 0))
  .end('EndEvent_Abgelehnt', 'Ablehnung versandt', 'sb', { eventDefinition: 'message' })
  .chain('StartEvent_Antrag', 'Activity_Eingangsbearbeitung', 'Activity_Weiterleitung', 'Gateway_Erstantrag')
  .flow('Gateway_Erstantrag', 'Activity_Akte_anlegen', 'ja', 35)
  .flow('Gateway_Erstantrag', 'Activity_Akte_Archiv', 'nein, Weiterleistung', 65)
  .chain('Activity_Akte_anlegen', 'Gateway_Akte_da')
  .chain('Activity_Akte_Archiv', 'Gateway_Akte_da')
  .chain('Gateway_Akte_da', 'Activity_Erfassung', 'Activity_Pruefung_Vollstaendigkeit', 'Gateway_Vollstaendigkeit')
  .flow('Gateway_Vollstaendigkeit', 'Activity_Pruefung_Einkommen', 'vollständig', 55)
  .flow('Gateway_Vollstaendigkeit', 'Activity_Nachforderung', 'unvollständig', 45)
  .chain('Activity_Nachforderung', 'Activity_Pruefung_Vollstaendigkeit')
  .chain('Activity_Pruefung_Einkommen', 'Activity_Pruefung_Miete', 'Activity_Berechnung', 'Gateway_Anspruch')
  .flow('Gateway_Anspruch', 'Activity_Bescheid', 'ja', 80)
  .flow('Gateway_Anspruch', 'Activity_Ablehnung', 'nein', 20)
  .chain('Activity_Bescheid', 'Activity_Zeichnung', 'Activity_Zahlbarmachung', 'Activity_Versand', 'EndEvent_Bewilligt')
  .chain('Activity_Ablehnung', 'Activity_Ablage', 'EndEvent_Abgelehnt')
  .message(APPLICANT.id, 'StartEvent_Antrag', 'Antrag (Papier)')
  .message('Activity_Nachforderung', APPLICANT.id, 'Nachforderungsschreiben')
  .message('EndEvent_Bewilligt', APPLICANT.id, 'Bewilligungsbescheid')
  .message('EndEvent_Abgelehnt', APPLICANT.id, 'Ablehnungsbescheid')
  .annotate('Annotation_Archiv', 'Activity_Akte_Archiv', 'Akten älter als 2 Jahre liegen im Außenarchiv')
  .build();

/** The Neukölln IST sample. */
export const wohngeldIstNeukoelln: SampleDefinition = {
  file: 'wohngeld/wohngeld-ist-neukoelln.bpmn',
  process: WOHNGELD_PROCESS,
  organisationseinheit: 'Bezirksamt Neukölln',
  modellart: 'IST',
  description: 'Papierbasierter Ablauf mit Poststelle, Kasse und Archiv; Schritte im Nominalstil benannt, Einkommen und Miete getrennt geprüft.',
  spec
};
