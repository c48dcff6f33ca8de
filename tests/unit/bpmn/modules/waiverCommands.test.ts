import { describe, expect, it } from 'vitest';
import { createModdle, type ModdleElement } from '../../../../src/bpmn/moddle';
import { AddWaiverHandler, RemoveWaiverHandler, waiverNamesRule, type AddWaiverContext, type RemoveWaiverContext } from '../../../../src/bpmn/modules/waivers/waiverCommands';
import { lintDefinitions } from '../../../../src/linting/lintDefinitions';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:gpm="urn:gpm-workbench:bpmn:gpm:1.0" id="Defs">
  <bpmn:process id="P1" name="Wohngeld bewilligen">
    <bpmn:startEvent id="S1" name="Antrag eingegangen"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id="T1"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>
    <bpmn:task id="T2" name="Bescheid erstellen">
      <bpmn:extensionElements><gpm:activityInfo rolle="Sachbearbeitung" /></bpmn:extensionElements>
      <bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
    </bpmn:task>
    <bpmn:endEvent id="E1" name="Bescheid erstellt"><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="T1" />
    <bpmn:sequenceFlow id="F2" sourceRef="T1" targetRef="T2" />
    <bpmn:sequenceFlow id="F3" sourceRef="T2" targetRef="E1" />
  </bpmn:process>
</bpmn:definitions>`;

async function load() {
  const moddle = createModdle();
  const { rootElement, elementsById } = await moddle.fromXML(XML, 'bpmn:Definitions');
  return { moddle, definitions: rootElement, byId: elementsById };
}

const waiverOf = (bo: ModdleElement) => ((bo.extensionElements as ModdleElement | undefined)?.values as ModdleElement[] | undefined)?.filter((v) => v.$type === 'gpm:Waiver') ?? [];
const labelFinding = (definitions: ModdleElement) => lintDefinitions(definitions, { profile: 'basis', today: '2025-03-12' }).findings.find((f) => f.rule === 'label-required' && f.elementId === 'T1');

describe('gpm.waiver.add', () => {
  it('should store a waiver that the lint engine honours, and revert to no extension at all', async () => {
    const { moddle, definitions, byId } = await load();
    expect(labelFinding(definitions)?.waived).toBeUndefined();
    const handler = new AddWaiverHandler(moddle);
    const context: AddWaiverContext = {
      element: { id: 'T1' },
      businessObject: byId.T1,
      waiver: { rule: 'label-required', reason: 'Name folgt im Workshop', author: 'Erika Prüferin', createdAt: '2025-03-12T10:00:00.000Z' }
    };
    expect(handler.execute(context)).toEqual([context.element]);
    expect(waiverOf(byId.T1)).toHaveLength(1);
    expect(labelFinding(definitions)?.waived).toEqual({ reason: 'Name folgt im Workshop', author: 'Erika Prüferin', createdAt: '2025-03-12T10:00:00.000Z' });

    const { xml } = await moddle.toXML(definitions);
    expect(xml).toContain('<gpm:waiver rule="label-required" reason="Name folgt im Workshop" author="Erika Prüferin" createdAt="2025-03-12T10:00:00.000Z" />');

    handler.revert(context);
    expect(byId.T1.extensionElements).toBeUndefined();
    expect(labelFinding(definitions)?.waived).toBeUndefined();
  });

  it('should keep foreign extension elements in place and restore them exactly on revert', async () => {
    const { moddle, byId } = await load();
    const ext = byId.T2.extensionElements as ModdleElement;
    const before = [...(ext.values as ModdleElement[])];
    const context: AddWaiverContext = { element: {}, businessObject: byId.T2, waiver: { rule: 'gpm/label-form', reason: 'Fachbegriff' } };
    const handler = new AddWaiverHandler(moddle);
    handler.execute(context);
    expect((ext.values as ModdleElement[]).map((v) => v.$type)).toEqual(['gpm:ActivityInfo', 'gpm:Waiver']);
    handler.revert(context);
    expect(byId.T2.extensionElements).toBe(ext);
    expect(ext.values).toEqual(before);
  });
});

describe('gpm.waiver.remove', () => {
  it('should withdraw waivers naming the rule by id or by code, and bring them back on revert', async () => {
    const { moddle, definitions, byId } = await load();
    const add = new AddWaiverHandler(moddle);
    add.execute({ element: {}, businessObject: byId.T1, waiver: { rule: 'MK-NAME-01', reason: 'per Code' } });
    add.execute({ element: {}, businessObject: byId.T1, waiver: { rule: 'label-form', reason: 'andere Regel' } });
    expect(labelFinding(definitions)?.waived?.reason).toBe('per Code');

    const remove = new RemoveWaiverHandler();
    const context: RemoveWaiverContext = { element: {}, businessObject: byId.T1, rule: 'label-required', code: 'MK-NAME-01' };
    remove.execute(context);
    expect(context.removed).toBe(1);
    expect(waiverOf(byId.T1).map((w) => w.rule)).toEqual(['label-form']);
    expect(labelFinding(definitions)?.waived).toBeUndefined();

    remove.revert(context);
    expect(waiverOf(byId.T1).map((w) => w.rule)).toEqual(['MK-NAME-01', 'label-form']);
    expect(labelFinding(definitions)?.waived?.reason).toBe('per Code');
  });

  it('should drop the extension container when the last waiver goes', async () => {
    const { moddle, byId } = await load();
    new AddWaiverHandler(moddle).execute({ element: {}, businessObject: byId.T1, waiver: { rule: 'label-required', reason: 'x' } });
    new RemoveWaiverHandler().execute({ element: {}, businessObject: byId.T1, rule: 'label-required' });
    expect(byId.T1.extensionElements).toBeUndefined();
  });
});

describe('waiverNamesRule', () => {
  it('should accept id, plugin-prefixed id and catalog code', () => {
    expect(waiverNamesRule('label-required', 'label-required')).toBe(true);
    expect(waiverNamesRule('gpm/label-required', 'label-required')).toBe(true);
    expect(waiverNamesRule('bpmnlint-plugin-gpm/label-required', 'label-required')).toBe(true);
    expect(waiverNamesRule('mk-name-01', 'label-required', 'MK-NAME-01')).toBe(true);
    expect(waiverNamesRule('label-form', 'label-required', 'MK-NAME-01')).toBe(false);
  });
});
