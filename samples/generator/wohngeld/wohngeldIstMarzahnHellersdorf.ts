import { resizeShape } from '../layoutSlips';
import type { SampleDefinition } from '../sampleDefinition';
import { DAY, SpecBuilder, work } from '../specBuilder';
import { APPLICANT, IT, WOHNGELD_KEY, WOHNGELD_POLITIKFELD, WOHNGELD_PROCESS } from './wohngeldCommon';

/**
 * IST Marzahn-Hellersdorf: a counter-centred process. Applicants hand in the form at the
 * Bürgerbüro, which copies the ID card and sends the file by internal mail; missing documents are
 * collected at a personal appointment instead of a written request; deadlines live in an Excel
 * list. No separate rent check (the calculation step covers it).
 *
 * Deliberate slips: no start event (the process begins with a task); the English word in
 * "Unterlagen checken"; the gateway "Anspruch gegeben?" both joins and splits; the first task was
 * enlarged by hand (not the standard size).
 */
const BB = 'Bürgerbüro';
const SB = 'Sachbearbeitung Wohngeld';
const TL = 'Teamleitung';

const spec = new SpecBuilder({
  id: 'Process_Wohngeld_Marzahn_Hellersdorf',
  name: WOHNGELD_PROCESS,
  participantName: 'Bezirksamt Marzahn-Hellersdorf – Wohngeldstelle',
  documentation: 'Aufnahme des Antrags im Bürgerbüro, Bearbeitung in der Wohngeldstelle.',
  attributes: {
    prozessschluessel: WOHNGELD_KEY,
    politikfeld: WOHNGELD_POLITIKFELD,
    organisationseinheit: 'Bezirksamt Marzahn-Hellersdorf',
    modellart: 'IST',
    status: 'entwurf',
    version: '0.3',
    prozessverantwortlich: 'Leitung Wohngeldstelle',
    prozessmanager: 'Organisationsservice Bezirksamt Marzahn-Hellersdorf',
    fallzahlProJahr: 6900,
    stand: '2025-03-27',
    rechtsgrundlagen: ['§ 22 WoGG', '§ 24 WoGG']
  },
  lanes: { bb: BB, sb: SB, tl: TL }
})
  .external(APPLICANT.id, APPLICANT.name)
  .task('Activity_Entgegennehmen', 'Antrag am Schalter entgegennehmen', 'bb', work(BB, ['Terminverwaltung'], 'papier', 15, 0))
  .task('Activity_Kopie', 'Kopie des Personalausweises anfertigen', 'bb', work(BB, ['Kopierer'], 'papier', 3, 0))
  .task('Activity_Weiterleiten', 'Antrag an die Wohngeldstelle weiterleiten', 'bb', work(BB, 'ohne IT', 'papier', 2, 2 * DAY))
  .task('Activity_Checken', 'Unterlagen checken', 'sb', work(SB, [IT.fachverfahren], 'papier', 15, 3 * DAY, { rechtsgrundlage: '§ 60 SGB I' }))
  .xor('Gateway_Vollstaendig', 'Unterlagen vollständig?', 'sb')
  .task('Activity_Einladen', 'Antragsteller zur Vorsprache einladen', 'sb', work(SB, [IT.word], 'papier', 10, 14 * DAY))
  .task('Activity_Aufnehmen', 'Fehlende Unterlagen bei Vorsprache aufnehmen', 'sb', work(SB, [IT.fachverfahren], 'papier', 20, 0))
  .xor('Gateway_Anspruch', 'Anspruch gegeben?', 'sb')
  .task('Activity_Berechnen', 'Wohngeld im Fachverfahren berechnen', 'sb', work(SB, [IT.fachverfahren], 'digital', 30, 0, { rechtsgrundlage: '§ 19 WoGG' }))
  .task('Activity_Bescheid', 'Bescheid erstellen', 'sb', work(SB, [IT.fachverfahren], 'digital', 10, 0))
  .task('Activity_Zeichnen', 'Bescheid von Teamleitung zeichnen lassen', 'tl', work(TL, 'ohne IT', 'papier', 5, 2 * DAY))
  .task('Activity_Frist', 'Frist in Excel-Liste eintragen', 'sb', work(SB, [IT.excel], 'digital', 3, 0))
  .task('Activity_Versenden', 'Bescheid per Post versenden', 'sb', work(SB, 'ohne IT', 'papier', 5, DAY))
  .end('EndEvent_Bewilligt', 'Wohngeld bewilligt', 'sb')
  .task('Activity_Ablehnung', 'Ablehnungsbescheid erstellen', 'sb', work(SB, [IT.fachverfahren], 'digital', 20, 0))
  .task('Activity_Ablehnung_versenden', 'Ablehnung per Post versenden', 'sb', work(SB, 'ohne IT', 'papier', 5, DAY))
  .end('EndEvent_Abgelehnt', 'Wohngeld abgelehnt', 'sb')
  .chain('Activity_Entgegennehmen', 'Activity_Kopie', 'Activity_Weiterleiten', 'Activity_Checken', 'Gateway_Vollstaendig')
  .flow('Gateway_Vollstaendig', 'Gateway_Anspruch', 'ja', 55)
  .flow('Gateway_Vollstaendig', 'Activity_Einladen', 'nein', 45)
  .chain('Activity_Einladen', 'Activity_Aufnehmen', 'Gateway_Anspruch')
  .flow('Gateway_Anspruch', 'Activity_Berechnen', 'ja', 80)
  .flow('Gateway_Anspruch', 'Activity_Ablehnung', 'nein', 20)
  .chain('Activity_Berechnen', 'Activity_Bescheid', 'Activity_Zeichnen', 'Activity_Frist', 'Activity_Versenden', 'EndEvent_Bewilligt')
  .chain('Activity_Ablehnung', 'Activity_Ablehnung_versenden', 'EndEvent_Abgelehnt')
  .message(APPLICANT.id, 'Activity_Entgegennehmen', 'Antrag (persönlich)')
  .message('Activity_Einladen', APPLICANT.id, 'Einladung')
  .message(APPLICANT.id, 'Activity_Aufnehmen', 'Unterlagen')
  .message('Activity_Versenden', APPLICANT.id, 'Bescheid')
  .message('Activity_Ablehnung_versenden', APPLICANT.id, 'Ablehnung')
  .build();

/** The Marzahn-Hellersdorf IST sample. */
export const wohngeldIstMarzahnHellersdorf: SampleDefinition = {
  file: 'wohngeld/wohngeld-ist-marzahn-hellersdorf.bpmn',
  process: WOHNGELD_PROCESS,
  organisationseinheit: 'Bezirksamt Marzahn-Hellersdorf',
  modellart: 'IST',
  description: 'Schalter im Bürgerbüro, Ausweiskopie und Hauspost; fehlende Unterlagen per persönlicher Vorsprache, Fristen in Excel.',
  spec,
  adjustLayout: (layout, s) => resizeShape(layout, s, 'Activity_Entgegennehmen', 130, 96)
};
