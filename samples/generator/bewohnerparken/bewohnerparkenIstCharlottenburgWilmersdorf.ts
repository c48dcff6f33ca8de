import type { SampleDefinition } from '../sampleDefinition';
import { SpecBuilder, work } from '../specBuilder';
import { APPLICANT, PARKEN_POLITIKFELD, PARKEN_PROCESS } from './bewohnerparkenCommon';

/**
 * IST Charlottenburg-Wilmersdorf: the permit is issued at the counter of the Bürgeramt while the
 * applicant waits; ID card and vehicle registration are inspected in person, the fee is paid at
 * the cash desk, the permit is handed over.
 *
 * Deliberate slips: the form check splits without a gateway (two outgoing flows from a task);
 * "Ausstellung des Parkausweises" in noun style; the Steckbrief lacks Prozessschlüssel,
 * Fallzahl and Rechtsgrundlagen.
 */
const BA = 'Bürgeramt';
const ZS = 'Zahlstelle';

const spec = new SpecBuilder({
  id: 'Process_Parken_Charlottenburg_Wilmersdorf',
  name: 'Bewohnerparkausweis am Schalter ausstellen',
  participantName: 'Bezirksamt Charlottenburg-Wilmersdorf – Bürgeramt',
  attributes: {
    politikfeld: PARKEN_POLITIKFELD,
    organisationseinheit: 'Bezirksamt Charlottenburg-Wilmersdorf',
    modellart: 'IST',
    status: 'entwurf',
    version: '0.1',
    prozessverantwortlich: 'Leitung Amt für Bürgerdienste',
    stand: '2025-02-03'
  },
  lanes: { ba: BA, zs: ZS }
})
  .external(APPLICANT.id, APPLICANT.name)
  .start('StartEvent_Vorsprache', 'Antragsteller/in am Schalter erschienen', 'ba', { eventDefinition: 'message' })
  .task('Activity_Dokumente', 'Personalausweis und Fahrzeugschein einsehen', 'ba', work(BA, 'ohne IT', 'papier', 5, 0))
  .task('Activity_Formular', 'Antragsformular prüfen', 'ba', work(BA, ['Fachverfahren Parkraum'], 'papier', 5, 0, { rechtsgrundlage: '§ 45 Abs. 1b StVO' }))
  .task('Activity_Gebuehr', 'Gebühr kassieren', 'zs', work(ZS, ['Kassenautomat'], 'papier', 3, 0))
  .task('Activity_Ausstellung', 'Ausstellung des Parkausweises', 'ba', work(BA, ['Fachverfahren Parkraum'], 'hybrid', 5, 0))
  .task('Activity_Aushaendigen', 'Parkausweis aushändigen', 'ba', work(BA, 'ohne IT', 'papier', 1, 0))
  .end('EndEvent_Ausgehaendigt', 'Parkausweis ausgehändigt', 'ba')
  .task('Activity_Ablehnen', 'Antrag mündlich ablehnen', 'ba', work(BA, 'ohne IT', 'papier', 5, 0))
  .end('EndEvent_Abgelehnt', 'Antrag abgelehnt', 'ba')
  .chain('StartEvent_Vorsprache', 'Activity_Dokumente', 'Activity_Formular')
  .flow('Activity_Formular', 'Activity_Gebuehr', 'Voraussetzungen erfüllt')
  .flow('Activity_Formular', 'Activity_Ablehnen', 'Voraussetzungen fehlen')
  .chain('Activity_Gebuehr', 'Activity_Ausstellung', 'Activity_Aushaendigen', 'EndEvent_Ausgehaendigt')
  .chain('Activity_Ablehnen', 'EndEvent_Abgelehnt')
  .message(APPLICANT.id, 'StartEvent_Vorsprache', 'Antragsformular')
  .message(APPLICANT.id, 'Activity_Gebuehr', 'Gebühr')
  .message('Activity_Aushaendigen', APPLICANT.id, 'Parkausweis')
  .build();

/** The Charlottenburg-Wilmersdorf IST sample of the parking permit. */
export const parkenIstCharlottenburgWilmersdorf: SampleDefinition = {
  file: 'bewohnerparken/bewohnerparken-ist-charlottenburg-wilmersdorf.bpmn',
  process: PARKEN_PROCESS,
  organisationseinheit: 'Bezirksamt Charlottenburg-Wilmersdorf',
  modellart: 'IST',
  description: 'Ausstellung sofort am Schalter: Dokumente einsehen, Gebühr an der Zahlstelle, Ausweis aushändigen.',
  spec
};
