import type { SampleDefinition } from '../sampleDefinition';
import { DAY, SpecBuilder, work } from '../specBuilder';
import { APPLICANT, PARKEN_KEY, PARKEN_POLITIKFELD, PARKEN_PROCESS, PARKEN_RECHTSGRUNDLAGEN } from './bewohnerparkenCommon';

/**
 * IST Friedrichshain-Kreuzberg: the permit is applied for online; the main residence is checked
 * against the Melderegister, the vehicle registration from the uploaded document; the fee is paid
 * online before the permit is printed and posted.
 *
 * Deliberate slips: both refusal branches run straight into "Ablehnung versenden" (implicit
 * merge); the end event of the refusal has no name.
 */
const SB = 'Sachbearbeitung Parkraumbewirtschaftung';
const FV = 'Fachverfahren Parkraum';

const spec = new SpecBuilder({
  id: 'Process_Parken_Friedrichshain_Kreuzberg',
  name: PARKEN_PROCESS,
  participantName: 'Friedrichshain-Kreuzberg – Parkraumbewirtschaftung',
  documentation: 'Ausstellung eines Bewohnerparkausweises auf Online-Antrag.',
  attributes: {
    prozessschluessel: PARKEN_KEY,
    politikfeld: PARKEN_POLITIKFELD,
    organisationseinheit: 'Bezirksamt Friedrichshain-Kreuzberg',
    modellart: 'IST',
    status: 'in_pruefung',
    version: '1.0',
    prozessverantwortlich: 'Leitung Ordnungsamt',
    prozessmanager: 'Serviceeinheit Organisation',
    fallzahlProJahr: 31000,
    stand: '2025-04-15',
    rechtsgrundlagen: PARKEN_RECHTSGRUNDLAGEN
  },
  lanes: {
    fv: { name: FV, rolleRef: 'IT-Verfahren Parkraum' },
    sb: { name: SB, rolleRef: 'Sachbearbeitung Parkraumbewirtschaftung' }
  }
})
  .external(APPLICANT.id, APPLICANT.name)
  .start('StartEvent_Antrag', 'Online-Antrag eingegangen', 'fv', { eventDefinition: 'message' })
  .task('Activity_Daten_uebernehmen', 'Antragsdaten übernehmen', 'fv', work(FV, ['Service-Portal Berlin', 'Fachverfahren Parkraum'], 'digital', 1, 0))
  .task('Activity_Meldeadresse', 'Meldeadresse prüfen', 'sb', work(SB, ['Melderegister-Auskunft'], 'digital', 3, DAY, { rechtsgrundlage: '§ 45 Abs. 1b StVO' }))
  .xor('Gateway_Zone', 'Hauptwohnsitz in der Parkzone?', 'sb')
  .task('Activity_Fahrzeugschein', 'Fahrzeugschein prüfen', 'sb', work(SB, ['Fachverfahren Parkraum'], 'digital', 3, 0))
  .xor('Gateway_Halter', 'Fahrzeug auf Antragsteller/in zugelassen?', 'sb')
  .task('Activity_Gebuehr', 'Gebühr erheben', 'fv', work(FV, ['ePayBL', 'Fachverfahren Parkraum'], 'digital', 1, 0, { rechtsgrundlage: '§ 1 GebOSt' }))
  .catchEvent('Event_Zahlung', 'Zahlung eingegangen', 'fv', 'message')
  .task('Activity_Drucken', 'Parkausweis drucken', 'sb', work(SB, ['Fachverfahren Parkraum'], 'papier', 2, 2 * DAY))
  .task('Activity_Versenden', 'Parkausweis per Post versenden', 'sb', work(SB, 'ohne IT', 'papier', 2, 0))
  .end('EndEvent_Zugestellt', 'Parkausweis versandt', 'sb')
  .task('Activity_Ablehnung', 'Ablehnung versenden', 'sb', work(SB, ['Fachverfahren Parkraum'], 'digital', 10, 0))
  .end('EndEvent_Abgelehnt', '', 'sb')
  .chain('StartEvent_Antrag', 'Activity_Daten_uebernehmen', 'Activity_Meldeadresse', 'Gateway_Zone')
  .flow('Gateway_Zone', 'Activity_Fahrzeugschein', 'ja', 92)
  .flow('Gateway_Zone', 'Activity_Ablehnung', 'nein', 8)
  .chain('Activity_Fahrzeugschein', 'Gateway_Halter')
  .flow('Gateway_Halter', 'Activity_Gebuehr', 'ja', 95)
  .flow('Gateway_Halter', 'Activity_Ablehnung', 'nein', 5)
  .chain('Activity_Gebuehr', 'Event_Zahlung', 'Activity_Drucken', 'Activity_Versenden', 'EndEvent_Zugestellt')
  .chain('Activity_Ablehnung', 'EndEvent_Abgelehnt')
  .message(APPLICANT.id, 'StartEvent_Antrag', 'Online-Antrag')
  .message('Activity_Gebuehr', APPLICANT.id, 'Zahlungsaufforderung')
  .message(APPLICANT.id, 'Event_Zahlung', 'Zahlung')
  .message('Activity_Versenden', APPLICANT.id, 'Parkausweis')
  .message('Activity_Ablehnung', APPLICANT.id, 'Ablehnung')
  .build();

/** The Friedrichshain-Kreuzberg IST sample of the parking permit. */
export const parkenIstFriedrichshainKreuzberg: SampleDefinition = {
  file: 'bewohnerparken/bewohnerparken-ist-friedrichshain-kreuzberg.bpmn',
  process: PARKEN_PROCESS,
  organisationseinheit: 'Bezirksamt Friedrichshain-Kreuzberg',
  modellart: 'IST',
  description: 'Online-Antrag mit Melderegister-Abgleich und Online-Zahlung; Ausweis wird gedruckt und per Post versandt.',
  spec
};
