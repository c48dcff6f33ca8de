import { moveShape } from '../layoutSlips';
import type { SampleDefinition } from '../sampleDefinition';
import { DAY, SpecBuilder, work } from '../specBuilder';
import { APPLICANT, IT, WOHNGELD_KEY, WOHNGELD_POLITIKFELD, WOHNGELD_PROCESS } from './wohngeldCommon';

/**
 * IST Spandau: a small team where one Sachbearbeiter/in does almost everything, drawn quickly
 * in the team's own shorthand. Check and calculation are one step; open questions are settled by
 * phone instead of a written request; special cases (e.g. self-employed applicants) go to the
 * group lead. No signature by a team lead, no separate income and rent checks.
 *
 * Deliberate slips: abbreviations ("SB", "GL", "FV", "WG-Antrag"); one task joins two activities
 * with "und"; the outgoing flows of "Sonderfall?" carry no answers; one task was dragged onto its
 * neighbour (overlapping shapes); the legal basis is just "WoGG", without a section.
 */
const SB = 'SB Wohngeld';
const GL = 'GL';

const spec = new SpecBuilder({
  id: 'Process_Wohngeld_Spandau',
  name: 'WG-Antrag bearbeiten',
  participantName: 'Bezirksamt Spandau – Wohngeld',
  documentation: 'Ablauf im Team Wohngeld, Stand nach Umzug ins Rathaus.',
  attributes: {
    prozessschluessel: WOHNGELD_KEY,
    politikfeld: WOHNGELD_POLITIKFELD,
    organisationseinheit: 'Bezirksamt Spandau',
    modellart: 'IST',
    status: 'entwurf',
    version: '0.2',
    prozessverantwortlich: 'Gruppenleitung Wohngeld',
    prozessmanager: 'Gruppenleitung Wohngeld',
    fallzahlProJahr: 5200,
    stand: '2024-11-27',
    rechtsgrundlagen: ['WoGG']
  },
  lanes: { sb: SB, gl: GL }
})
  .external(APPLICANT.id, APPLICANT.name)
  .start('StartEvent_Antrag', 'WG-Antrag eingegangen', 'sb', { eventDefinition: 'message' })
  .task('Activity_Erfassen', 'Antrag im FV erfassen', 'sb', work('SB', [IT.fachverfahren], 'hybrid', 20, 2 * DAY))
  .task('Activity_Akte', 'Papierakte anlegen', 'sb', work('SB', 'ohne IT', 'papier', 5, 0))
  .task('Activity_Pruefen_Berechnen', 'Antrag prüfen und Wohngeld berechnen', 'sb',
    work('SB', [IT.fachverfahren], 'hybrid', 60, 5 * DAY, { rechtsgrundlage: 'WoGG' }))
  .xor('Gateway_Rueckfragen', 'Rückfragen offen?', 'sb')
  .task('Activity_Rueckfrage', 'Rückfrage telefonisch klären', 'sb', work('SB', ['Telefon'], 'papier', 15, 3 * DAY))
  .xor('Gateway_Rueckfragen_Ende', '', 'sb')
  .xor('Gateway_Sonderfall', 'Sonderfall?', 'sb')
  .task('Activity_Vorlage_GL', 'Fall der Gruppenleitung vorlegen', 'gl', work('GL', 'ohne IT', 'papier', 20, 4 * DAY))
  .xor('Gateway_Sonderfall_Ende', '', 'sb')
  .xor('Gateway_Anspruch', 'Anspruch?', 'sb')
  .task('Activity_Bescheid', 'Bescheid erstellen', 'sb', work('SB', [IT.fachverfahren], 'digital', 10, 0))
  .task('Activity_Drucken', 'Bescheid ausdrucken und versenden', 'sb', work('SB', [IT.fachverfahren], 'papier', 5, DAY))
  .task('Activity_Zahlung', 'Zahlung im FV freigeben', 'sb', work('SB', [IT.fachverfahren], 'digital', 5, 0))
  .task('Activity_Ablegen', 'Vorgang in Papierakte ablegen', 'sb', work('SB', 'ohne IT', 'papier', 5, 0))
  .end('EndEvent_Bewilligt', 'Wohngeld bewilligt', 'sb')
  .task('Activity_Ablehnung', 'Ablehnung schreiben', 'sb', work('SB', [IT.word], 'hybrid', 20, 0))
  .task('Activity_Ablehnung_versenden', 'Ablehnung ausdrucken und versenden', 'sb', work('SB', 'ohne IT', 'papier', 5, DAY))
  .end('EndEvent_Abgelehnt', 'Wohngeld abgelehnt', 'sb')
  .chain('StartEvent_Antrag', 'Activity_Erfassen', 'Activity_Akte', 'Activity_Pruefen_Berechnen', 'Gateway_Rueckfragen')
  .flow('Gateway_Rueckfragen', 'Gateway_Rueckfragen_Ende', 'nein', 70)
  .flow('Gateway_Rueckfragen', 'Activity_Rueckfrage', 'ja', 30)
  .chain('Activity_Rueckfrage', 'Gateway_Rueckfragen_Ende')
  .chain('Gateway_Rueckfragen_Ende', 'Gateway_Sonderfall')
  .flow('Gateway_Sonderfall', 'Gateway_Sonderfall_Ende', undefined, 90)
  .flow('Gateway_Sonderfall', 'Activity_Vorlage_GL', undefined, 10)
  .chain('Activity_Vorlage_GL', 'Gateway_Sonderfall_Ende')
  .chain('Gateway_Sonderfall_Ende', 'Gateway_Anspruch')
  .flow('Gateway_Anspruch', 'Activity_Bescheid', 'ja', 78)
  .flow('Gateway_Anspruch', 'Activity_Ablehnung', 'nein', 22)
  .chain('Activity_Bescheid', 'Activity_Drucken', 'Activity_Zahlung', 'Activity_Ablegen', 'EndEvent_Bewilligt')
  .chain('Activity_Ablehnung', 'Activity_Ablehnung_versenden', 'EndEvent_Abgelehnt')
  .message(APPLICANT.id, 'StartEvent_Antrag', 'Antrag')
  .message('Activity_Rueckfrage', APPLICANT.id, 'Anruf')
  .message('Activity_Drucken', APPLICANT.id, 'Bescheid')
  .message('Activity_Ablehnung_versenden', APPLICANT.id, 'Ablehnung')
  .build();

/** The Spandau IST sample. */
export const wohngeldIstSpandau: SampleDefinition = {
  file: 'wohngeld/wohngeld-ist-spandau.bpmn',
  process: WOHNGELD_PROCESS,
  organisationseinheit: 'Bezirksamt Spandau',
  modellart: 'IST',
  description: 'Kleines Team mit Kürzeln: Prüfung und Berechnung in einem Schritt, telefonische Rückfrage, Sonderfälle an die Gruppenleitung.',
  spec,
  adjustLayout: (layout, s) => moveShape(layout, s, 'Activity_Zahlung', -80)
};
