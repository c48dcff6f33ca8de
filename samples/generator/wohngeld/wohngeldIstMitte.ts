import type { SampleDefinition } from '../sampleDefinition';
import { DAY, SpecBuilder, work } from '../specBuilder';
import { APPLICANT, IT, WOHNGELD_KEY, WOHNGELD_POLITIKFELD, WOHNGELD_PROCESS } from './wohngeldCommon';

/**
 * IST Mitte: applications are handed in at the Bürgeramt counter and scanned into the E-Akte;
 * the Sachbearbeitung checks entitlement in ONE step ("Anspruch prüfen", where others check income
 * and rent separately) and waits for missing documents with a four-week timer.
 *
 * Deliberate slips: a lane named after a person ("Frau Schulz"); the decision after the
 * calculation is an unlabelled XOR gateway; the rejection branch ends in a task without end event.
 */
const BB = 'Bürgeramt';
const SCAN = 'Scanstelle';
const SB = 'Sachbearbeitung';
const PERSON = 'Frau Schulz';

const spec = new SpecBuilder({
  id: 'Process_Wohngeld_Mitte',
  name: 'Wohngeldantrag bearbeiten',
  participantName: 'Bezirksamt Mitte – Amt für Soziales, Wohngeld',
  documentation: 'Antrag auf Mietzuschuss von der Abgabe im Bürgeramt bis zum Versand des Bescheids.',
  attributes: {
    prozessschluessel: WOHNGELD_KEY,
    politikfeld: WOHNGELD_POLITIKFELD,
    organisationseinheit: 'Bezirksamt Mitte',
    modellart: 'IST',
    status: 'in_pruefung',
    version: '0.9',
    prozessverantwortlich: 'Leitung Amt für Soziales',
    prozessmanager: 'Organisationsberatung Bezirksamt Mitte',
    fallzahlProJahr: 8700,
    stand: '2025-03-04',
    rechtsgrundlagen: ['§ 22 WoGG', '§ 24 WoGG']
  },
  lanes: {
    bb: { name: BB, rolleRef: 'Bürgeramt' },
    scan: { name: SCAN, rolleRef: 'Scanstelle' },
    sb: { name: SB, rolleRef: 'Sachbearbeitung Wohngeld' },
    person: { name: PERSON, rolleRef: 'Teamleitung Wohngeld' }
  }
})
  .external(APPLICANT.id, APPLICANT.name)
  .start('StartEvent_Abgabe', 'Antrag abgegeben', 'bb', { eventDefinition: 'message' })
  .task('Activity_Antrag_annehmen', 'Antrag annehmen', 'bb', work(BB, ['Terminverwaltung'], 'papier', 10, 0))
  .task('Activity_Antrag_scannen', 'Antrag scannen', 'scan', work(SCAN, [IT.scan, IT.eakte], 'hybrid', 5, 2 * DAY))
  .task('Activity_Vorgang_anlegen', 'Vorgang im Fachverfahren anlegen', 'sb', work(SB, [IT.fachverfahren, IT.eakte], 'digital', 15, DAY))
  .xor('Gateway_Wiedervorlage', '', 'sb')
  .task('Activity_Vollstaendigkeit_pruefen', 'Vollständigkeit prüfen', 'sb', work(SB, [IT.eakte], 'digital', 10, 0, { rechtsgrundlage: '§ 60 SGB I' }))
  .xor('Gateway_Vollstaendig', 'Unterlagen vollständig?', 'sb')
  .task('Activity_Unterlagen_nachfordern', 'Unterlagen per Brief nachfordern', 'sb', work(SB, [IT.word], 'papier', 10, 0))
  .catchEvent('Event_Frist', 'Vier Wochen abgelaufen', 'sb', 'timer')
  .task('Activity_Anspruch_pruefen', 'Anspruch prüfen', 'sb',
    work(SB, [IT.fachverfahren, IT.eakte], 'digital', 40, DAY, { rechtsgrundlage: '§§ 3, 14, 11 WoGG' }),
    { documentation: 'Einkommen, Miete und Haushaltsgröße werden in einem Arbeitsgang geprüft.' })
  .task('Activity_Wohngeld_berechnen', 'Wohngeld berechnen', 'sb', work(SB, [IT.fachverfahren], 'digital', 5, 0))
  .xor('Gateway_Ergebnis', '', 'sb')
  .task('Activity_Bescheid_erstellen', 'Bescheid erstellen', 'sb', work(SB, [IT.fachverfahren], 'digital', 15, 0))
  .task('Activity_Bescheid_gegenzeichnen', 'Bescheid gegenzeichnen', 'person', work('Teamleitung', [IT.eakte], 'digital', 5, 2 * DAY))
  .task('Activity_Zahlung_anordnen', 'Zahlung anordnen', 'sb', work(SB, [IT.fachverfahren, IT.kasse], 'digital', 5, 0))
  .task('Activity_Bescheid_versenden', 'Bescheid versenden', 'sb', work(SB, [IT.fachverfahren], 'papier', 5, DAY))
  .end('EndEvent_Bewilligt', 'Wohngeld bewilligt', 'sb')
  .task('Activity_Ablehnung_versenden', 'Ablehnungsbescheid versenden', 'sb', work(SB, [IT.fachverfahren], 'papier', 20, DAY))
  .chain('StartEvent_Abgabe', 'Activity_Antrag_annehmen', 'Activity_Antrag_scannen', 'Activity_Vorgang_anlegen', 'Gateway_Wiedervorlage',
    'Activity_Vollstaendigkeit_pruefen', 'Gateway_Vollstaendig')
  .flow('Gateway_Vollstaendig', 'Activity_Anspruch_pruefen', 'ja', 60)
  .flow('Gateway_Vollstaendig', 'Activity_Unterlagen_nachfordern', 'nein', 40)
  .chain('Activity_Unterlagen_nachfordern', 'Event_Frist', 'Gateway_Wiedervorlage')
  .chain('Activity_Anspruch_pruefen', 'Activity_Wohngeld_berechnen', 'Gateway_Ergebnis')
  .flow('Gateway_Ergebnis', 'Activity_Bescheid_erstellen', 'bewilligt', 82)
  .flow('Gateway_Ergebnis', 'Activity_Ablehnung_versenden', 'abgelehnt', 18)
  .chain('Activity_Bescheid_erstellen', 'Activity_Bescheid_gegenzeichnen', 'Activity_Zahlung_anordnen', 'Activity_Bescheid_versenden', 'EndEvent_Bewilligt')
  .message(APPLICANT.id, 'StartEvent_Abgabe', 'Antrag')
  .message('Activity_Unterlagen_nachfordern', APPLICANT.id, 'Anforderungsschreiben')
  .message('Activity_Bescheid_versenden', APPLICANT.id, 'Bescheid')
  .message('Activity_Ablehnung_versenden', APPLICANT.id, 'Ablehnungsbescheid')
  .build();

/** The Mitte IST sample. */
export const wohngeldIstMitte: SampleDefinition = {
  file: 'wohngeld/wohngeld-ist-mitte.bpmn',
  process: WOHNGELD_PROCESS,
  organisationseinheit: 'Bezirksamt Mitte',
  modellart: 'IST',
  description: 'Abgabe im Bürgeramt, Scanstelle und E-Akte; Anspruch in einem Schritt geprüft, Wiedervorlage nach vier Wochen.',
  spec
};
