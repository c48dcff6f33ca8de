import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppHarness, fileOf } from '../../helpers/appHarness';
import { SAMPLES_DIR } from '../../helpers/corpus';

/** Restoring an old version never loses the unsaved working state: it becomes a version first. */
describe('restore with unsaved work', () => {
  it('should keep the autosaved working state as a version before restoring', async () => {
    const h = createAppHarness();
    const xml = readFileSync(join(SAMPLES_DIR, 'wohngeld/wohngeld-ist-pankow.bpmn'), 'utf8');
    await h.store.getState().prepareImport([fileOf('wohngeld-ist-pankow.bpmn', xml)]);
    await h.store.getState().commitImport();
    const variant = h.store.getState().variants[0];
    await h.store.getState().openVariant(variant.id);
    const first = h.store.getState().revisions[0];

    const edited = xml.replace('Bescheid freigeben', 'Bescheid schlusszeichnen');
    await h.store.getState().autosave(edited);
    await h.store.getState().restoreRevision(first.id);

    const revisions = h.store.getState().revisions;
    expect(revisions.map((r) => r.kind)).toEqual(['restore', 'version', 'import']);
    const kept = await h.lib.revisions.getBody(revisions[1].id);
    expect(kept.ok && kept.value).toBe(edited);
    expect(h.store.getState().session?.xml).toBe(xml);
  });

  it('should not add a version when the working state equals the head', async () => {
    const h = createAppHarness();
    const xml = readFileSync(join(SAMPLES_DIR, 'wohngeld/wohngeld-ist-pankow.bpmn'), 'utf8');
    await h.store.getState().prepareImport([fileOf('wohngeld-ist-pankow.bpmn', xml)]);
    await h.store.getState().commitImport();
    const variant = h.store.getState().variants[0];
    await h.store.getState().openVariant(variant.id);
    await h.store.getState().saveVersion(xml.replace('Bescheid freigeben', 'Bescheid zeichnen'), 'Workshop');
    const oldest = h.store.getState().revisions.at(-1)!;
    await h.store.getState().restoreRevision(oldest.id);
    expect(h.store.getState().revisions.map((r) => r.kind)).toEqual(['restore', 'version', 'import']);
  });
});
