import type { ProcessSpec } from '../../../../src/domain/model/processSpec';

/**
 * A small Wohngeld process touching every feature of the layout: two lanes, a rework loop back to
 * a merge gateway, an XOR split with labelled branches and probabilities, a black-box pool with
 * message flows in both directions, an annotation and `gpm:` attributes.
 */
export function wohngeldSpec(): ProcessSpec {
  return {
    id: 'Process_Wohngeld',
    name: 'Wohngeld bewilligen',
    participantName: 'Bezirksamt Neukölln – Wohngeldstelle',
    documentation: 'Bearbeitung eines Wohngeldantrags vom Eingang bis zum Bescheid.',
    attributes: {
      prozessschluessel: '99107001001000',
      modellart: 'IST',
      status: 'in_pruefung',
      version: '1.2',
      organisationseinheit: 'Bezirksamt Neukölln',
      prozessverantwortlich: 'Leitung Wohngeldstelle',
      fallzahlProJahr: 4200,
      rechtsgrundlagen: ['§ 22 WoGG', '§ 24 WoGG']
    },
    lanes: [
      { id: 'Lane_post', name: 'Poststelle' },
      { id: 'Lane_sb', name: 'Sachbearbeitung', rolleRef: 'Sachbearbeitung Wohngeld' }
    ],
    nodes: [
      { id: 'Start', type: 'bpmn:StartEvent', name: 'Antrag eingegangen', laneId: 'Lane_post', eventDefinition: 'message' },
      {
        id: 'T_erfassen', type: 'bpmn:Task', name: 'Antrag erfassen', laneId: 'Lane_post',
        attributes: { rolle: 'Poststelle', itSysteme: ['Scanner', 'eAkte'], medium: 'hybrid', bearbeitungszeit: 5, liegezeit: 1440 }
      },
      { id: 'G_merge', type: 'bpmn:ExclusiveGateway', name: '', laneId: 'Lane_sb' },
      {
        id: 'T_pruefen', type: 'bpmn:Task', name: 'Antrag prüfen', laneId: 'Lane_sb', documentation: 'Vollständigkeit und Zuständigkeit',
        attributes: { rolle: 'Sachbearbeitung', itSysteme: ['WoGG-Fachverfahren'], medium: 'digital', bearbeitungszeit: 20, rechtsgrundlage: '§ 22 WoGG' }
      },
      { id: 'G_vollstaendig', type: 'bpmn:ExclusiveGateway', name: 'Antrag vollständig?', laneId: 'Lane_sb' },
      { id: 'T_nachfordern', type: 'bpmn:Task', name: 'Unterlagen nachfordern', laneId: 'Lane_sb', attributes: { medium: 'papier', ohneIT: true } },
      { id: 'T_bescheid', type: 'bpmn:UserTask', name: 'Bescheid erstellen', laneId: 'Lane_sb' },
      { id: 'End', type: 'bpmn:EndEvent', name: 'Bescheid versandt', laneId: 'Lane_sb', eventDefinition: 'message' }
    ],
    flows: [
      { id: 'F1', sourceId: 'Start', targetId: 'T_erfassen' },
      { id: 'F2', sourceId: 'T_erfassen', targetId: 'G_merge' },
      { id: 'F3', sourceId: 'G_merge', targetId: 'T_pruefen' },
      { id: 'F4', sourceId: 'T_pruefen', targetId: 'G_vollstaendig' },
      { id: 'F5', sourceId: 'G_vollstaendig', targetId: 'T_bescheid', name: 'ja', probability: 70 },
      { id: 'F6', sourceId: 'G_vollstaendig', targetId: 'T_nachfordern', name: 'nein', probability: 30 },
      { id: 'F7', sourceId: 'T_nachfordern', targetId: 'G_merge' },
      { id: 'F8', sourceId: 'T_bescheid', targetId: 'End' }
    ],
    externalParticipants: [{ id: 'Participant_antragsteller', name: 'Antragsteller/in' }],
    messageFlows: [
      { id: 'MF_antrag', sourceId: 'Participant_antragsteller', targetId: 'Start', name: 'Antrag' },
      { id: 'MF_bescheid', sourceId: 'End', targetId: 'Participant_antragsteller', name: 'Bescheid' }
    ],
    annotations: [{ id: 'Annotation_1', text: 'Papierakte wird im Archiv geführt', attachedToId: 'T_erfassen' }]
  };
}
