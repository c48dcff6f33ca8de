import type { SampleDefinition } from '../sampleDefinition';
import { DAY, SpecBuilder, work } from '../specBuilder';
import { APPLICANT, IT, WOHNGELD_KEY, WOHNGELD_POLITIKFELD, WOHNGELD_PROCESS } from './wohngeldCommon';

/**
 * SOLL: the standardised, digital Wohngeld process agreed across the districts. Clean on
 * purpose — the reference every IST variant is compared against.
 */
const FV = 'Fachverfahren Wohngeld';
const SB = 'Sachbearbeitung Wohngeld';
const TL = 'Teamleitung Wohngeld';
const user = { type: 'bpmn:UserTask' as const };
const service = { type: 'bpmn:ServiceTask' as const };

const spec = new SpecBuilder({
  id: 'Process_Wohngeld_SOLL',
  name: WOHNGELD_PROCESS,
  participantName: 'Wohngeld bewilligen – Zielprozess (alle Bezirksämter)',
  documentation:
    'Bezirksübergreifender SOLL-Prozess für Anträge auf Mietzuschuss nach dem Wohngeldgesetz. Der Antrag geht online über das ' +
    'Service-Portal Berlin ein, wird ohne Medienbruch in der E-Akte bearbeitet; Meldedaten werden aus dem Register abgerufen ' +
    '(Once-Only), der Bescheid wird elektronisch bekanntgegeben.',
  attributes: {
    prozessschluessel: WOHNGELD_KEY,
    politikfeld: WOHNGELD_POLITIKFELD,
    organisationseinheit: 'Alle Bezirksämter (bezirksübergreifender Standard)',
    modellart: 'SOLL',
    status: 'in_pruefung',
    version: '1.0',
    prozessverantwortlich: 'Fachaufsicht Wohngeld der Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen',
    prozessmanager: 'GPM-Koordination Wohngeld',
    fallzahlProJahr: 78000,
    stand: '2025-05-12',
    istModellRef: 'IST Neukölln, Mitte, Pankow, Spandau, Steglitz-Zehlendorf, Marzahn-Hellersdorf',
    ausloeser: 'Online-Antrag auf Mietzuschuss über das Service-Portal Berlin',
    ergebnis: 'Bewilligungs- oder Ablehnungsbescheid ist bekanntgegeben; bei Bewilligung ist die Zahlung angewiesen',
    fimTyp: 'Referenz',
    rechtsgrundlagen: ['§ 22 WoGG', '§ 24 WoGG', '§ 25 WoGG', '§ 26 WoGG', '§ 60 SGB I', '§ 37 SGB X']
  },
  lanes: {
    fv: { name: FV, rolleRef: 'IT-Verfahren Wohngeld' },
    sb: { name: SB, rolleRef: 'Sachbearbeitung Wohngeld' },
    tl: { name: TL, rolleRef: 'Teamleitung Wohngeld' }
  }
})
  .external(APPLICANT.id, APPLICANT.name)
  .start('StartEvent_Antrag', 'Antrag eingegangen', 'fv', { eventDefinition: 'message' })
  .task('Activity_Antragsdaten_uebernehmen', 'Antragsdaten übernehmen', 'fv',
    work(FV, [IT.portal, IT.fachverfahren, IT.eakte], 'digital', 1, 0, { automatisierung: 'automatisiert' }), service)
  .task('Activity_Meldedaten_abrufen', 'Meldedaten abrufen', 'fv',
    work(FV, [IT.melderegister, IT.fachverfahren], 'digital', 1, 0, { automatisierung: 'automatisiert', rechtsgrundlage: '§ 23 WoGG' }), service)
  .xor('Gateway_Pruefung_Start', '', 'sb')
  .task('Activity_Vollstaendigkeit_pruefen', 'Vollständigkeit prüfen', 'sb',
    work(SB, [IT.fachverfahren, IT.eakte], 'digital', 15, 2 * DAY, { automatisierung: 'teilautomatisiert', rechtsgrundlage: '§ 22 WoGG, § 60 SGB I' }), user)
  .xor('Gateway_Vollstaendig', 'Unterlagen vollständig?', 'sb')
  .task('Activity_Unterlagen_nachfordern', 'Unterlagen nachfordern', 'sb',
    work(SB, [IT.fachverfahren, IT.portal], 'digital', 10, 0, { automatisierung: 'teilautomatisiert', rechtsgrundlage: '§ 60 SGB I', onceOnlyGeprueft: true }), user)
  .catchEvent('Event_Unterlagen_eingegangen', 'Unterlagen eingegangen', 'sb', 'message')
  .and('Gateway_Pruefung_parallel', 'sb')
  .task('Activity_Einkommen_pruefen', 'Einkommen prüfen', 'sb',
    work(SB, [IT.fachverfahren, IT.eakte], 'digital', 25, DAY, { automatisierung: 'manuell', rechtsgrundlage: '§§ 14–18 WoGG' }), user)
  .task('Activity_Miete_pruefen', 'Miete prüfen', 'sb',
    work(SB, [IT.fachverfahren, IT.eakte], 'digital', 10, DAY, { automatisierung: 'manuell', rechtsgrundlage: '§§ 9–12 WoGG' }), user)
  .and('Gateway_Pruefung_Ende', 'sb')
  .task('Activity_Wohngeld_berechnen', 'Wohngeld berechnen', 'fv',
    work(FV, [IT.fachverfahren], 'digital', 1, 0, { automatisierung: 'automatisiert', rechtsgrundlage: '§ 19 WoGG' }), service)
  .xor('Gateway_Anspruch', 'Anspruch besteht?', 'sb')
  .task('Activity_Bewilligungsbescheid_erstellen', 'Bewilligungsbescheid erstellen', 'sb',
    work(SB, [IT.fachverfahren, IT.eakte], 'digital', 10, 0, { automatisierung: 'teilautomatisiert', rechtsgrundlage: '§§ 24, 25 WoGG' }), user)
  .task('Activity_Bewilligung_freigeben', 'Bewilligung freigeben', 'tl',
    work(TL, [IT.fachverfahren, IT.eakte], 'digital', 5, DAY, { automatisierung: 'manuell', rechtsgrundlage: '§ 24 WoGG' }), user)
  .task('Activity_Zahlung_anweisen', 'Zahlung anweisen', 'fv',
    work(FV, [IT.fachverfahren, IT.kasse], 'digital', 1, 0, { automatisierung: 'automatisiert', rechtsgrundlage: '§ 26 WoGG' }), service)
  .task('Activity_Ablehnungsbescheid_erstellen', 'Ablehnungsbescheid erstellen', 'sb',
    work(SB, [IT.fachverfahren, IT.eakte], 'digital', 15, 0, { automatisierung: 'teilautomatisiert', rechtsgrundlage: '§ 24 WoGG, § 35 SGB X' }), user)
  .xor('Gateway_Bescheid', '', 'fv')
  .task('Activity_Bescheid_bekanntgeben', 'Bescheid elektronisch bekanntgeben', 'fv',
    work(FV, [IT.fachverfahren, IT.portal], 'digital', 1, 0, { automatisierung: 'automatisiert', rechtsgrundlage: '§ 37 Abs. 2a SGB X' }), service)
  .end('EndEvent_Beschieden', 'Antrag beschieden', 'fv')
  .chain('StartEvent_Antrag', 'Activity_Antragsdaten_uebernehmen', 'Activity_Meldedaten_abrufen', 'Gateway_Pruefung_Start',
    'Activity_Vollstaendigkeit_pruefen', 'Gateway_Vollstaendig')
  .flow('Gateway_Vollstaendig', 'Gateway_Pruefung_parallel', 'ja', 75)
  .flow('Gateway_Vollstaendig', 'Activity_Unterlagen_nachfordern', 'nein', 25)
  .chain('Activity_Unterlagen_nachfordern', 'Event_Unterlagen_eingegangen', 'Gateway_Pruefung_Start')
  .chain('Gateway_Pruefung_parallel', 'Activity_Einkommen_pruefen', 'Gateway_Pruefung_Ende')
  .chain('Gateway_Pruefung_parallel', 'Activity_Miete_pruefen', 'Gateway_Pruefung_Ende')
  .chain('Gateway_Pruefung_Ende', 'Activity_Wohngeld_berechnen', 'Gateway_Anspruch')
  .flow('Gateway_Anspruch', 'Activity_Bewilligungsbescheid_erstellen', 'ja', 85)
  .flow('Gateway_Anspruch', 'Activity_Ablehnungsbescheid_erstellen', 'nein', 15)
  .chain('Activity_Bewilligungsbescheid_erstellen', 'Activity_Bewilligung_freigeben', 'Activity_Zahlung_anweisen', 'Gateway_Bescheid')
  .chain('Activity_Ablehnungsbescheid_erstellen', 'Gateway_Bescheid')
  .chain('Gateway_Bescheid', 'Activity_Bescheid_bekanntgeben', 'EndEvent_Beschieden')
  .message(APPLICANT.id, 'StartEvent_Antrag', 'Online-Antrag')
  .message('Activity_Unterlagen_nachfordern', APPLICANT.id, 'Nachforderung')
  .message(APPLICANT.id, 'Event_Unterlagen_eingegangen', 'Nachweise')
  .message('Activity_Bescheid_bekanntgeben', APPLICANT.id, 'Bescheid')
  .build();

/** The Wohngeld SOLL sample. */
export const wohngeldSoll: SampleDefinition = {
  file: 'wohngeld/wohngeld-soll.bpmn',
  process: WOHNGELD_PROCESS,
  organisationseinheit: 'Alle Bezirksämter (bezirksübergreifender Standard)',
  modellart: 'SOLL',
  description: 'Abgestimmter, durchgängig digitaler SOLL-Prozess für alle Bezirke: Online-Antrag, E-Akte, Registerabruf, elektronischer Bescheid.',
  spec
};
