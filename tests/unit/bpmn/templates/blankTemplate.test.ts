import { describe, expect, it } from 'vitest';
import { parseBpmn } from '../../../../src/bpmn/parseBpmn';
import { blankTemplateSpec, blankTemplateXml } from '../../../../src/bpmn/templates/blankTemplate';
import { expectWellLaidOut } from '../layout/diagramChecks';

const input = { processName: 'Wohngeld bewilligen', organisationseinheit: 'Bezirksamt Pankow', modellart: 'IST' as const };

describe('blankTemplate', () => {
  it('should give a pool named after process and OE with one lane and start → task → end', async () => {
    // given a new IST variant for Pankow when the template is built
    const parsed = await parseBpmn(await blankTemplateXml(input), 'neu.bpmn');

    // then the model has the pool, one lane and the three convention-conformant nodes
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { graph } = parsed.value;
    expect(graph.participants.map((p) => p.name)).toEqual(['Wohngeld bewilligen – Bezirksamt Pankow']);
    expect(graph.lanes.map((l) => l.name)).toEqual(['Sachbearbeitung']);
    expect(graph.nodes.map((n) => [n.kind, n.name])).toEqual([
      ['startEvent', 'Antrag eingegangen'],
      ['task', 'Antrag prüfen'],
      ['endEvent', 'Antrag bearbeitet']
    ]);
    expect(graph.flows).toHaveLength(2);
  });

  it('should carry a Steckbrief in status Entwurf, version 0.1, with Modellart and OE', async () => {
    // given a SOLL variant with key and policy field
    const xml = await blankTemplateXml({ ...input, modellart: 'SOLL', prozessschluessel: '99107001001000', politikfeld: 'Soziales', stand: '2025-03-01' });

    // when parsed then the gpm:processInfo holds the values
    const parsed = await parseBpmn(xml, 'neu.bpmn');
    expect(parsed.ok && parsed.value.graph.attributes).toEqual({
      prozessschluessel: '99107001001000',
      politikfeld: 'Soziales',
      organisationseinheit: 'Bezirksamt Pankow',
      modellart: 'SOLL',
      status: 'entwurf',
      version: '0.1',
      stand: '2025-03-01'
    });
  });

  it('should be laid out cleanly and deterministically', async () => {
    // given the template spec when built twice
    const xml = await blankTemplateXml(input);

    // then it is well laid out and identical each time
    await expectWellLaidOut(blankTemplateSpec(input), xml);
    expect(await blankTemplateXml(input)).toBe(xml);
  });

  it('should use a given lane name and a pool without OE suffix when the OE is empty', () => {
    // given no OE and a custom lane when the spec is built
    const spec = blankTemplateSpec({ ...input, organisationseinheit: ' ', laneName: 'Bürgerbüro' });

    // then the pool is the process name and the lane is named as asked
    expect(spec.participantName).toBe('Wohngeld bewilligen');
    expect(spec.lanes[0].name).toBe('Bürgerbüro');
    expect(spec.attributes?.organisationseinheit).toBeUndefined();
  });
});
