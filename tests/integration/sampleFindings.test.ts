import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSection, sampleFindings, SAMPLES_README } from '../../samples/generator/expectedFindings';
import { SAMPLES_DIR } from '../helpers/corpus';

const index = JSON.parse(readFileSync(join(SAMPLES_DIR, 'index.json'), 'utf8')) as Array<{ file: string; modellart: string }>;
const expected = parseSection(readFileSync(SAMPLES_README, 'utf8'));

/** samples/README.md states the findings each sample should produce; the samples are held to it. */
describe('findings of the samples', () => {
  it('should list every sample in samples/README.md', () => {
    expect([...expected.keys()].sort()).toEqual(index.map((e) => e.file).sort());
  });

  it.each(index.map((e) => [e.file, e.modellart]))('should produce exactly the findings samples/README.md states for %s', async (file, modellart) => {
    expect(await sampleFindings(file, modellart)).toEqual(expected.get(file));
  });

  it('should find the deliberate slips the README describes (spot checks)', () => {
    const rules = (file: string) => new Set((expected.get(file) ?? []).map((r) => r.code));
    expect(rules('wohngeld/wohngeld-ist-neukoelln.bpmn')).toContain('MK-NAME-02'); // noun style
    expect(rules('wohngeld/wohngeld-ist-mitte.bpmn')).toContain('MK-ORG-03'); // person as lane
    expect(rules('wohngeld/wohngeld-ist-spandau.bpmn')).toContain('MK-LAY-03'); // overlap
    expect(rules('wohngeld/wohngeld-ist-spandau.bpmn')).toContain('MK-NAME-10'); // abbreviations
    const soll = expected.get('wohngeld/wohngeld-soll.bpmn') ?? [];
    expect(soll.filter((r) => r.severity !== 'Hinweis')).toEqual([]);
  });
});
