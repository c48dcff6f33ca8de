import { describe, expect, it } from 'vitest';
import { createModdle } from '../../../src/bpmn/moddle';
import { serializeSliced } from '../../../src/bpmn/serializeSliced';
import { corpusFiles, readText } from '../../helpers/corpus';
import { modelSignature } from '../../helpers/modelSignature';

const files = corpusFiles();

describe('serializeSliced', () => {
  it.each(files.map((f) => [f.name, f.path]))('should write %s exactly like one moddle toXML (same signature after re-parse)', async (_name, path) => {
    const moddle = createModdle();
    const { rootElement } = await moddle.fromXML(readText(path));
    const whole = (await moddle.toXML(rootElement, { format: false })).xml;
    // force many tiny slices and splitting of every collection
    let yields = 0;
    const sliced = await serializeSliced(moddle, rootElement, { budgetMs: 0, minSplit: 1, yieldFn: async () => { yields++; } });
    expect(sliced).toBeDefined();
    const a = modelSignature((await createModdle().fromXML(whole)).rootElement);
    const b = modelSignature((await createModdle().fromXML(sliced!)).rootElement);
    expect(b.lines).toEqual(a.lines);
    expect(yields).toBeGreaterThan(0);
  });

  it('should give up when the model changes while slicing', async () => {
    const moddle = createModdle();
    const { rootElement } = await moddle.fromXML(readText(files.find((f) => f.name.includes('C.1.0'))!.path));
    let calls = 0;
    const result = await serializeSliced(moddle, rootElement, { budgetMs: 0, minSplit: 1, yieldFn: async () => {}, isStale: () => ++calls > 2 });
    expect(result).toBeUndefined();
    // and the live model is intact afterwards
    const again = await serializeSliced(moddle, rootElement, { minSplit: 1 });
    expect(again).toContain('definitions');
  });
});
