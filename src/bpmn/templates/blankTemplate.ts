import type { Modellart } from '../../domain/model/gpmAttributes';
import type { ProcessSpec } from '../../domain/model/processSpec';
import { buildBpmnXml } from '../layout/buildBpmnXml';

/**
 * The blank model a new variant starts from: one pool named after the process and the
 * Organisationseinheit, one lane, "Antrag eingegangen" → "Antrag prüfen" → "Antrag bearbeitet",
 * and a Steckbrief in status Entwurf, version 0.1. Labels follow the convention (event = object +
 * participle, task = object + infinitive), so a fresh model starts without findings on them.
 */
export interface BlankTemplateInput {
  /** Name of the process / public service, e.g. "Wohngeld bewilligen". */
  processName: string;
  /** The variant's Organisationseinheit, e.g. "Bezirksamt Neukölln". */
  organisationseinheit: string;
  modellart: Modellart;
  /** Name of the one lane; default "Sachbearbeitung". */
  laneName?: string;
  prozessschluessel?: string;
  politikfeld?: string;
  /** Date of the Steckbrief (ISO yyyy-mm-dd); left empty when not given, so output is deterministic. */
  stand?: string;
}

/** German labels of the template, in one place. */
export const BLANK_TEMPLATE_LABELS = {
  lane: 'Sachbearbeitung',
  start: 'Antrag eingegangen',
  task: 'Antrag prüfen',
  end: 'Antrag bearbeitet'
} as const;

/** The blank model as a layout-free spec. */
export function blankTemplateSpec(input: BlankTemplateInput): ProcessSpec {
  const processName = input.processName.trim();
  const oe = input.organisationseinheit.trim();
  return {
    id: 'Process_1',
    name: processName,
    participantName: oe ? `${processName} – ${oe}` : processName,
    attributes: {
      prozessschluessel: input.prozessschluessel,
      politikfeld: input.politikfeld,
      organisationseinheit: oe || undefined,
      modellart: input.modellart,
      status: 'entwurf',
      version: '0.1',
      stand: input.stand
    },
    lanes: [{ id: 'Lane_1', name: input.laneName?.trim() || BLANK_TEMPLATE_LABELS.lane }],
    nodes: [
      { id: 'StartEvent_1', type: 'bpmn:StartEvent', name: BLANK_TEMPLATE_LABELS.start, laneId: 'Lane_1' },
      { id: 'Activity_1', type: 'bpmn:Task', name: BLANK_TEMPLATE_LABELS.task, laneId: 'Lane_1' },
      { id: 'EndEvent_1', type: 'bpmn:EndEvent', name: BLANK_TEMPLATE_LABELS.end, laneId: 'Lane_1' }
    ],
    flows: [
      { id: 'Flow_1', sourceId: 'StartEvent_1', targetId: 'Activity_1' },
      { id: 'Flow_2', sourceId: 'Activity_1', targetId: 'EndEvent_1' }
    ]
  };
}

/** The blank model as BPMN XML with diagram, ready to be stored as a variant's first revision. */
export function blankTemplateXml(input: BlankTemplateInput): Promise<string> {
  return buildBpmnXml(blankTemplateSpec(input));
}
