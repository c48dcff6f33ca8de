import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createModdle, type ModdleElement } from '../../../../src/bpmn/moddle';
import type { DiagramElement } from '../../../../src/bpmn/modules/lint-markers/diagramTypes';
import { addEndEvent } from '../../../../src/bpmn/modules/quick-fixes/addEndEvent';
import { addQuestionMark } from '../../../../src/bpmn/modules/quick-fixes/addQuestionMark';
import { addStartEvent, startEventPosition } from '../../../../src/bpmn/modules/quick-fixes/addStartEvent';
import { listRules } from 'bpmnlint-plugin-gpm/lib/ruleMeta.js';
import { candidateFixes, catalogFixIds, plannedFixes } from '../../../../src/bpmn/modules/quick-fixes/fixesForFinding';
import { QUICK_FIXES } from '../../../../src/bpmn/modules/quick-fixes/quickFixRegistry';
import { labelPlaceholder } from '../../../../src/bpmn/modules/quick-fixes/labelPlaceholder';
import { labelYesNo } from '../../../../src/bpmn/modules/quick-fixes/labelYesNo';
import type { QuickFixServices } from '../../../../src/bpmn/modules/quick-fixes/quickFixTypes';
import type { Finding } from '../../../../src/domain/model/finding';

const NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} id="Defs">
  <bpmn:process id="P1" name="Wohngeld">
    <bpmn:startEvent id="S1" name="Antrag eingegangen"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id="T1" name="Antrag prüfen"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>
    <bpmn:exclusiveGateway id="Gw1" name="Antrag vollständig"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing><bpmn:outgoing>F4</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:task id="T2" name="Bescheid erstellen"><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F5</bpmn:outgoing></bpmn:task>
    <bpmn:task id="T3"><bpmn:incoming>F4</bpmn:incoming></bpmn:task>
    <bpmn:endEvent id="E1" name="Bescheid erstellt"><bpmn:incoming>F5</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="T1" />
    <bpmn:sequenceFlow id="F2" sourceRef="T1" targetRef="Gw1" />
    <bpmn:sequenceFlow id="F3" sourceRef="Gw1" targetRef="T2" />
    <bpmn:sequenceFlow id="F4" sourceRef="Gw1" targetRef="T3" />
    <bpmn:sequenceFlow id="F5" sourceRef="T2" targetRef="E1" />
  </bpmn:process>
  <bpmn:process id="P2" name="Ohne Start">
    <bpmn:task id="A1" name="Anmeldung prüfen"><bpmn:outgoing>G1</bpmn:outgoing></bpmn:task>
    <bpmn:endEvent id="E2" name="Geprüft"><bpmn:incoming>G1</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="G1" sourceRef="A1" targetRef="E2" />
  </bpmn:process>
  <bpmn:process id="P3" name="Zwei Anfänge">
    <bpmn:task id="B1" name="Eins tun" />
    <bpmn:task id="B2" name="Zwei tun" />
  </bpmn:process>
</bpmn:definitions>`;

let byId: Record<string, ModdleElement>;
beforeAll(async () => {
  byId = (await createModdle().fromXML(XML, 'bpmn:Definitions')).elementsById;
});

const finding = (rule: string, elementId: string, extra: Partial<Finding> = {}): Finding => ({ rule, category: 'naming', severity: 'warning', elementId, elementName: '', message: 'm', ...extra });
const target = (id: string, shapes: Record<string, Partial<DiagramElement>> = {}) => ({
  businessObject: byId[id],
  shapeOf: (sid: string) => shapes[sid] as DiagramElement | undefined
});

/** A stand-in for bpmn-js: records what a fix does through `modeling`. */
function fakeServices(shapes: Record<string, Partial<DiagramElement>> = {}) {
  const calls: unknown[][] = [];
  let n = 0;
  const registry = new Map<string, DiagramElement>(Object.entries(shapes).map(([id, s]) => [id, { id, type: 'x', businessObject: byId[id], ...s } as DiagramElement]));
  const created = (type: string) => {
    const e = { id: `New_${++n}`, type, businessObject: { $type: type } } as unknown as DiagramElement;
    registry.set(e.id, e);
    return e;
  };
  const services: QuickFixServices = {
    modeling: {
      updateLabel: (el, text) => void calls.push(['updateLabel', el.id, text]),
      createShape: (shape, position, parent) => (calls.push(['createShape', (shape as { type: string }).type, position, parent.id]), created((shape as { type: string }).type)),
      connect: (s, t) => (calls.push(['connect', s.id, t.id]), created('bpmn:SequenceFlow')),
      appendShape: (s, shape) => (calls.push(['appendShape', s.id, (shape as { type: string }).type]), created((shape as { type: string }).type))
    },
    elementFactory: { createShape: (attrs) => ({ ...attrs }) as unknown as DiagramElement },
    elementRegistry: {
      get: (id) => registry.get(id),
      find: (fn) => [...registry.values()].find(fn),
      filter: (fn) => [...registry.values()].filter(fn),
      getAll: () => [...registry.values()]
    },
    canvas: {} as QuickFixServices['canvas'],
    selection: { select: () => undefined, get: () => [] },
    autoPlace: { append: (s, shape) => (calls.push(['autoPlace', s.id, (shape as { type: string }).type]), created((shape as { type: string }).type)) },
    directEditing: { activate: vi.fn(() => true), isActive: () => false }
  };
  return { services, calls };
}

describe('which fixes a finding offers', () => {
  it('should read the quick-fix ids from the rule catalog at runtime', () => {
    expect(catalogFixIds('xor-outgoing-labelled')).toEqual(['label-yes-no']);
    expect(catalogFixIds('xor-gateway-question')).toEqual(['add-question-mark']);
    expect(catalogFixIds('end-event-required')).toEqual(['add-end-event']);
    expect(catalogFixIds('any', () => ({ quickFix: ['a', 7, 'b'] }))).toEqual(['a', 'b']);
    expect(catalogFixIds('unknown-rule')).toEqual([]);
  });

  it('should implement every quick fix the catalog names', () => {
    const named = (listRules() as Array<{ id: string }>).flatMap((r) => catalogFixIds(r.id));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !QUICK_FIXES.some((f) => f.id === id))).toEqual([]);
  });

  it('should add fixes that name further rules themselves', () => {
    expect(candidateFixes('no-implicit-start-end').map((f) => f.id).sort()).toEqual(['add-end-event', 'add-start-event']);
    expect(candidateFixes('label-required').map((f) => f.id)).toEqual(['label-placeholder']);
  });

  it('should offer a fix only when its plan applies, and none for waived findings', () => {
    expect(plannedFixes(finding('xor-outgoing-labelled', 'Gw1'), target('Gw1')).map((p) => p.fix.id)).toEqual(['label-yes-no']);
    expect(plannedFixes(finding('xor-outgoing-labelled', 'Gw1', { waived: { reason: 'ok' } }), target('Gw1'))).toEqual([]);
    // T3 has an incoming flow: only the end event fits
    expect(plannedFixes(finding('no-implicit-start-end', 'T3'), target('T3')).map((p) => p.fix.id)).toEqual(['add-end-event']);
  });
});

describe('add-question-mark', () => {
  it('should end the decision label with a question mark', () => {
    expect(addQuestionMark.plan(target('Gw1'), finding('xor-gateway-question', 'Gw1'))).toEqual({ elementId: 'Gw1', text: 'Antrag vollständig?' });
  });

  it('should not be offered for labels that are questions already, unlabeled gateways or other elements', () => {
    const bo = byId.Gw1;
    bo.name = 'Vollständig?';
    expect(addQuestionMark.plan(target('Gw1'), finding('x', 'Gw1'))).toBeUndefined();
    bo.name = '';
    expect(addQuestionMark.plan(target('Gw1'), finding('x', 'Gw1'))).toBeUndefined();
    bo.name = 'Antrag vollständig';
    expect(addQuestionMark.plan(target('T1'), finding('x', 'T1'))).toBeUndefined();
  });

  it('should change the label through modeling', () => {
    const { services, calls } = fakeServices({ Gw1: {} });
    addQuestionMark.apply(services, { elementId: 'Gw1', text: 'Antrag vollständig?' });
    expect(calls).toEqual([['updateLabel', 'Gw1', 'Antrag vollständig?']]);
  });
});

describe('label-yes-no', () => {
  it('should label the first flow "Ja" and the second "Nein" without a diagram', () => {
    expect(labelYesNo.plan(target('Gw1'), finding('xor-outgoing-labelled', 'Gw1'))).toEqual({
      labels: [
        { flowId: 'F3', text: 'Ja' },
        { flowId: 'F4', text: 'Nein' }
      ]
    });
  });

  it('should give "Ja" to the flow that leaves straight ahead', () => {
    const shapes = {
      F3: { waypoints: [{ x: 100, y: 100 }, { x: 100, y: 200 }, { x: 200, y: 200 }] },
      F4: { waypoints: [{ x: 120, y: 80 }, { x: 300, y: 80 }] }
    };
    expect(labelYesNo.plan(target('Gw1', shapes), finding('xor-outgoing-labelled', 'Gw1'))?.labels[0]).toEqual({ flowId: 'F4', text: 'Ja' });
  });

  it('should complete a half-labelled pair and leave other labels alone', () => {
    byId.F3.name = 'ja';
    expect(labelYesNo.plan(target('Gw1'), finding('x', 'Gw1'))).toEqual({ labels: [{ flowId: 'F4', text: 'Nein' }] });
    byId.F3.name = 'Unterlagen fehlen';
    expect(labelYesNo.plan(target('Gw1'), finding('x', 'Gw1'))).toBeUndefined();
    byId.F3.name = undefined;
  });

  it('should label both flows in one fix', () => {
    const { services, calls } = fakeServices({ F3: {}, F4: {} });
    labelYesNo.apply(services, labelYesNo.plan(target('Gw1'), finding('x', 'Gw1'))!);
    expect(calls).toEqual([
      ['updateLabel', 'F3', 'Ja'],
      ['updateLabel', 'F4', 'Nein']
    ]);
  });
});

describe('add-end-event', () => {
  it('should append after the nodes where the flow of a process stops', () => {
    expect(addEndEvent.plan(target('P1'), finding('end-event-required', 'P1'))).toEqual({ sourceIds: ['T3'] });
    expect(addEndEvent.plan(target('T3'), finding('no-implicit-start-end', 'T3'))).toEqual({ sourceIds: ['T3'] });
  });

  it('should not be offered for a node that has an outgoing flow or is an end event', () => {
    expect(addEndEvent.plan(target('T2'), finding('no-implicit-start-end', 'T2'))).toBeUndefined();
    expect(addEndEvent.plan(target('E1'), finding('no-implicit-start-end', 'E1'))).toBeUndefined();
  });

  it('should append an end event with auto placement and open its label editing', () => {
    const { services, calls } = fakeServices({ T3: {} });
    const plan = { sourceIds: ['T3'] };
    addEndEvent.apply(services, plan);
    addEndEvent.after!(services, plan);
    expect(calls).toEqual([['autoPlace', 'T3', 'bpmn:EndEvent']]);
    expect(services.directEditing!.activate).toHaveBeenCalledWith(expect.objectContaining({ id: 'New_1' }));
  });
});

describe('add-start-event', () => {
  it('should put a start event before the one node where the flow begins', () => {
    expect(addStartEvent.plan(target('P2'), finding('start-event-required', 'P2'))).toEqual({ targetId: 'A1' });
    expect(addStartEvent.plan(target('A1'), finding('no-implicit-start-end', 'A1'))).toEqual({ targetId: 'A1' });
  });

  it('should not guess when two nodes could be the start', () => {
    expect(addStartEvent.plan(target('P3'), finding('start-event-required', 'P3'))).toBeUndefined();
  });

  it('should create the start event next to the node and connect it', () => {
    const pool = { id: 'Pool', x: 0, y: 0, width: 800, height: 300, businessObject: { $type: 'bpmn:Participant', $instanceOf: (t: string) => t === 'bpmn:Participant' } };
    const { services, calls } = fakeServices({ A1: { x: 300, y: 100, width: 100, height: 80, parent: pool as unknown as DiagramElement } });
    addStartEvent.apply(services, { targetId: 'A1' });
    expect(calls).toEqual([
      ['createShape', 'bpmn:StartEvent', { x: 228, y: 140 }, 'Pool'],
      ['connect', 'New_1', 'A1']
    ]);
  });

  it('should place the event above when the left side is taken', () => {
    const task = { x: 300, y: 100, width: 100, height: 80 };
    expect(startEventPosition(task, [{ x: 180, y: 110, width: 100, height: 80 }])).toEqual({ x: 350, y: 28 });
  });
});

describe('label-placeholder', () => {
  it('should give an unlabeled element a placeholder by its type', () => {
    expect(labelPlaceholder.plan(target('T3'), finding('label-required', 'T3'))).toEqual({ elementId: 'T3', text: 'Objekt bearbeiten' });
    expect(labelPlaceholder.plan(target('T1'), finding('label-required', 'T1'))).toBeUndefined();
    expect(labelPlaceholder.plan(target('F3'), finding('label-required', 'F3'))).toBeUndefined();
  });

  it('should set the placeholder and open label editing', () => {
    const { services, calls } = fakeServices({ T3: {} });
    labelPlaceholder.apply(services, { elementId: 'T3', text: 'Objekt bearbeiten' });
    labelPlaceholder.after!(services, { elementId: 'T3', text: 'Objekt bearbeiten' });
    expect(calls).toEqual([['updateLabel', 'T3', 'Objekt bearbeiten']]);
    expect(services.directEditing!.activate).toHaveBeenCalled();
  });
});
