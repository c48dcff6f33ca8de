import type { SampleDefinition } from '../sampleDefinition';
import { DAY, SpecBuilder, work } from '../specBuilder';
import { APPLICANT, IT, WOHNGELD_KEY, WOHNGELD_POLITIKFELD, WOHNGELD_PROCESS } from './wohngeldCommon';

/**
 * IST Pankow: the district closest to the SOLL and modelled by an experienced GPM colleague —
 * explicit merges, questions at every decision, complete Steckbrief. Paper applications are
 * digitised on arrival; income and rent are checked in parallel; the team lead releases every
 * approval.
 *
 * Deliberate slip (only one, minor): the message flow with the documents handed in later has no
 * name.
 */
const EM = 'Eingangsmanagement';
const SB = 'Sachbearbeitung Wohngeld';
const TL = 'Teamleitung Wohngeld';

const spec = new SpecBuilder({
  id: 'Process_Wohngeld_Pankow',
  name: WOHNGELD_PROCESS,
  participantName: 'Bezirksamt Pankow – Wohngeldstelle',
  documentation:
    'Bearbeitung von Erst- und Weiterleistungsanträgen auf Mietzuschuss. Papieranträge werden im Eingangsmanagement ' +
    'digitalisiert; die weitere Bearbeitung erfolgt in der E-Akte.',
  attributes: {
    prozessschluessel: WOHNGELD_KEY,
    politikfeld: WOHNGELD_POLITIKFELD,
    organisationseinheit: 'Bezirksamt Pankow',
    modellart: 'IST',
    status: 'in_pruefung',
    version: '1.1',
    prozessverantwortlich: 'Leitung Amt für Soziales',
    prozessmanager: 'GPM-Beauftragte/r Bezirksamt Pankow',
    fallzahlProJahr: 7400,
    stand: '2025-04-02',
    ausloeser: 'Antrag auf Mietzuschuss (Papier oder online)',
    ergebnis: 'Bescheid versandt, Zahlung veranlasst',
    rechtsgrundlagen: ['§ 22 WoGG', '§ 24 WoGG', '§ 25 WoGG', '§ 60 SGB I']
  },
  lanes: {
    em: { name: EM, rolleRef: 'Eingangsmanagement' },
    sb: { name: SB, rolleRef: 'Sachbearbeitung Wohngeld' },
    tl: { name: TL, rolleRef: 'Teamleitung Wohngeld' }
  }
})
  .external(APPLICANT.id, APPLICANT.name)
  .start('StartEvent_Antrag', 'Antrag eingegangen', 'em', { eventDefinition: 'message' })
  .task('Activity_Antrag_digitalisieren', 'Antrag digitalisieren', 'em', work(EM, [IT.scan, IT.eakte], 'hybrid', 5, DAY))
  .task('Activity_Vorgang_anlegen', 'Vorgang anlegen', 'em', work(EM, [IT.fachverfahren], 'digital', 10, 0))
  .xor('Gateway_Pruefung', '', 'sb')
  .task('Activity_Vollstaendigkeit_pruefen', 'Antrag auf Vollständigkeit prüfen', 'sb',
    work(SB, [IT.eakte, IT.fachverfahren], 'digital', 15, 2 * DAY, { rechtsgrundlage: '§ 60 SGB I' }))
  .xor('Gateway_Vollstaendig', 'Antrag vollständig?', 'sb')
  .task('Activity_Unterlagen_anfordern', 'Fehlende Unterlagen anfordern', 'sb', work(SB, [IT.fachverfahren, IT.mail], 'hybrid', 10, 0))
  .catchEvent('Event_Unterlagen', 'Unterlagen nachgereicht', 'sb', 'message')
  .and('Gateway_Parallel_Start', 'sb')
  .task('Activity_Einkommen_ermitteln', 'Einkommen ermitteln', 'sb', work(SB, [IT.fachverfahren, IT.eakte], 'digital', 30, 0, { rechtsgrundlage: '§§ 14–18 WoGG' }))
  .task('Activity_Miete_pruefen', 'Miete und Wohnfläche prüfen', 'sb', work(SB, [IT.fachverfahren, IT.eakte], 'digital', 15, 0, { rechtsgrundlage: '§§ 9–12 WoGG' }))
  .and('Gateway_Parallel_Ende', 'sb')
  .task('Activity_Wohngeld_berechnen', 'Wohngeld berechnen', 'sb', work(SB, [IT.fachverfahren], 'digital', 5, 0, { rechtsgrundlage: '§ 19 WoGG' }))
  .xor('Gateway_Anspruch', 'Anspruch besteht?', 'sb')
  .task('Activity_Bewilligung_erstellen', 'Bewilligungsbescheid erstellen', 'sb', work(SB, [IT.fachverfahren], 'digital', 10, 0, { rechtsgrundlage: '§ 24 WoGG' }))
  .task('Activity_Bescheid_freigeben', 'Bescheid freigeben', 'tl', work(TL, [IT.eakte], 'digital', 5, DAY))
  .task('Activity_Zahlung_veranlassen', 'Zahlung veranlassen', 'sb', work(SB, [IT.fachverfahren, IT.kasse], 'digital', 5, 0, { rechtsgrundlage: '§ 26 WoGG' }))
  .task('Activity_Ablehnung_erstellen', 'Ablehnungsbescheid erstellen', 'sb', work(SB, [IT.fachverfahren], 'digital', 15, 0, { rechtsgrundlage: '§ 24 WoGG' }))
  .xor('Gateway_Bescheid', '', 'sb')
  .task('Activity_Bescheid_versenden', 'Bescheid versenden', 'sb', work(SB, [IT.fachverfahren], 'papier', 5, DAY))
  .end('EndEvent_Beschieden', 'Antrag beschieden', 'sb')
  .chain('StartEvent_Antrag', 'Activity_Antrag_digitalisieren', 'Activity_Vorgang_anlegen', 'Gateway_Pruefung',
    'Activity_Vollstaendigkeit_pruefen', 'Gateway_Vollstaendig')
  .flow('Gateway_Vollstaendig', 'Gateway_Parallel_Start', 'ja', 65)
  .flow('Gateway_Vollstaendig', 'Activity_Unterlagen_anfordern', 'nein', 35)
  .chain('Activity_Unterlagen_anfordern', 'Event_Unterlagen', 'Gateway_Pruefung')
  .chain('Gateway_Parallel_Start', 'Activity_Einkommen_ermitteln', 'Gateway_Parallel_Ende')
  .chain('Gateway_Parallel_Start', 'Activity_Miete_pruefen', 'Gateway_Parallel_Ende')
  .chain('Gateway_Parallel_Ende', 'Activity_Wohngeld_berechnen', 'Gateway_Anspruch')
  .flow('Gateway_Anspruch', 'Activity_Bewilligung_erstellen', 'ja', 84)
  .flow('Gateway_Anspruch', 'Activity_Ablehnung_erstellen', 'nein', 16)
  .chain('Activity_Bewilligung_erstellen', 'Activity_Bescheid_freigeben', 'Activity_Zahlung_veranlassen', 'Gateway_Bescheid')
  .chain('Activity_Ablehnung_erstellen', 'Gateway_Bescheid')
  .chain('Gateway_Bescheid', 'Activity_Bescheid_versenden', 'EndEvent_Beschieden')
  .message(APPLICANT.id, 'StartEvent_Antrag', 'Antrag')
  .message('Activity_Unterlagen_anfordern', APPLICANT.id, 'Anforderung')
  .message(APPLICANT.id, 'Event_Unterlagen')
  .message('Activity_Bescheid_versenden', APPLICANT.id, 'Bescheid')
  .build();

/** The Pankow IST sample. */
export const wohngeldIstPankow: SampleDefinition = {
  file: 'wohngeld/wohngeld-ist-pankow.bpmn',
  process: WOHNGELD_PROCESS,
  organisationseinheit: 'Bezirksamt Pankow',
  modellart: 'IST',
  description: 'Sauber modellierter IST-Ablauf nahe am SOLL: Digitalisierung im Eingang, parallele Prüfung von Einkommen und Miete.',
  spec
};
