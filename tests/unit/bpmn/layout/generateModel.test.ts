import { describe, expect, it } from 'vitest';
import { generateModelSpec, generateModelXml } from '../../../../bench/support/generateModel';
import { parseBpmn } from '../../../../src/bpmn/parseBpmn';
import { expectWellLaidOut } from './diagramChecks';

describe('generateModel (benchmark models)', () => {
  it.each([50, 200, 1000])('should generate exactly %i flow nodes in 4 lanes with XOR, AND and loops', (n) => {
    // given a size when the spec is generated
    const spec = generateModelSpec(n, 7);

    // then it has n nodes, 4 lanes, both gateway kinds and every task carries gpm attributes
    expect(spec.nodes).toHaveLength(n);
    expect(spec.lanes).toHaveLength(4);
    const types = new Set(spec.nodes.map((node) => node.type));
    expect(types).toEqual(new Set(['bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:Task', 'bpmn:ExclusiveGateway', 'bpmn:ParallelGateway']));
    for (const node of spec.nodes.filter((x) => x.type === 'bpmn:Task')) expect(node.attributes?.rolle).toBeTruthy();
    expect(spec.nodes.every((x) => x.name || x.type.endsWith('Gateway'))).toBe(true);
  });

  it('should give the same model for the same seed and another for another seed', () => {
    expect(generateModelSpec(200, 3)).toEqual(generateModelSpec(200, 3));
    expect(generateModelSpec(200, 3)).not.toEqual(generateModelSpec(200, 4));
  });

  it.each([50, 1000])('should lay out the %i-node model validly (no overlaps, docked orthogonal flows, DI complete)', async (n) => {
    // given a generated spec when turned into XML
    const spec = generateModelSpec(n, 1);
    const xml = await generateModelXml(n, 1);

    // then it parses, has a back flow or two, and keeps every layout promise
    const parsed = await parseBpmn(xml, `generated-${n}.bpmn`);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.graph.nodes).toHaveLength(n);
    await expectWellLaidOut(spec, xml);
  });

  it('should refuse sizes too small for a start, a task and an end', () => {
    expect(() => generateModelSpec(2)).toThrow(RangeError);
  });
});
