import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { createModdle } from '../../../src/bpmn/moddle';
import { serializeBpmn } from '../../../src/bpmn/serializeBpmn';
import { corpusFiles, readText } from '../../helpers/corpus';
import { createAppHarness, fileOf } from '../../helpers/appHarness';
import { modelSignature } from '../../helpers/modelSignature';

/**
 * Every real-world file (MIWG reference suite, City of Munich models) imports into the library and
 * exports again with the same semantic elements, diagram shapes and foreign extension attributes.
 */
const files = corpusFiles();

/**
 * Known loss in bpmn-moddle (moddle-xml) itself, not in the workbench: a generic foreign element that
 * carries the same attribute unprefixed AND prefixed with its own namespace
 * (`<triso:allowedValues constraintsType="…" triso:constraintsType="…">`, MIWG C.8.1, twice, same value)
 * is written back with the unprefixed one only. Listed exactly, so any other difference still fails.
 */
const KNOWN_MODDLE_LOSSES: Record<string, (line: string) => string> = {
  'miwg-reference/C.8.1.bpmn': (line) => (line.includes('triso:allowedValues') ? line.replace(' triso:constraintsType="enumeration"', '') : line)
};

describe('corpus round trip through the library', () => {
  it('should cover the whole corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(160);
  });

  it.each(files.map((f) => [f.name, f.path]))('should import and export %s without losing anything', async (name, path) => {
    const text = readText(path);
    const original = modelSignature((await createModdle().fromXML(text)).rootElement);
    const known = KNOWN_MODDLE_LOSSES[name];
    const h = createAppHarness();
    await h.store.getState().prepareImport([fileOf(basename(path), text)]);
    const [candidate] = h.store.getState().importCandidates!;
    expect(candidate.error, candidate.error && JSON.stringify(candidate.error.params)).toBeUndefined();
    if (candidate.laidOut) return; // no DI in the source: checked by the layout test instead
    expect(await h.store.getState().commitImport()).toBe(true);

    const variant = h.store.getState().variants[0];
    const body = await h.lib.revisions.getBody(variant.headRevisionId);
    expect(body.ok).toBe(true);
    const stored = (await createModdle().fromXML(body.ok ? body.value : '')).rootElement;
    expect(modelSignature(stored).lines).toEqual(original.lines);

    // export as .bpmn (formatted) and read it again
    const exported = await serializeBpmn(stored);
    const reread = modelSignature((await createModdle().fromXML(exported)).rootElement);
    expect(reread.lines).toEqual(known ? original.lines.map(known) : original.lines);
    if (!known) expect(reread.counts).toEqual(original.counts);
    h.lib.close();
  });
});
