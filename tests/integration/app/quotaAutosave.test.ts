import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatError } from '../../../src/shared/errors';
import { createAppHarness, fileOf } from '../../helpers/appHarness';
import { SAMPLES_DIR } from '../../helpers/corpus';
import { simulateQuota } from '../persistence/helpers/quotaSimulation';

/**
 * Storage full while modelling: the autosave fails with a clear German message, nothing stored is
 * changed, and the open model (with the user's change) stays in the editor session for export.
 */
describe('autosave when the storage quota is exceeded', () => {
  let release: (() => void) | undefined;
  afterEach(() => release?.());

  it.each(['request', 'commit'] as const)('should keep the model open, say so in German and change nothing (%s)', async (mode) => {
    const h = createAppHarness();
    const xml = readFileSync(join(SAMPLES_DIR, 'wohngeld/wohngeld-ist-mitte.bpmn'), 'utf8');
    await h.store.getState().prepareImport([fileOf('wohngeld-ist-mitte.bpmn', xml)]);
    await h.store.getState().commitImport();
    const variant = h.store.getState().variants[0];
    await h.store.getState().openVariant(variant.id);
    const before = await h.dump();

    release = simulateQuota({ stores: ['drafts', 'variants'], mode }).release;
    const edited = xml.replace('Bezirksamt Mitte', 'Bezirksamt Mitte (geändert)');
    await h.store.getState().autosave(edited);
    release();
    release = undefined;

    const state = h.store.getState();
    expect(state.saveState).toBe('error');
    expect(state.saveError?.code).toBe('storage/quota');
    expect(formatError(state.saveError!)).toMatch(/Speicherplatz des Browsers ist erschöpft.*als Datei exportiert werden/s);
    expect(state.session?.variant.id).toBe(variant.id);
    expect(await h.dump()).toEqual(before);

    // space freed: the next autosave succeeds
    await h.store.getState().autosave(edited);
    expect(h.store.getState().saveState).toBe('saved');
    const working = await h.lib.drafts.openWorkingCopy(variant.id);
    expect(working.ok && working.value.xml).toBe(edited);
  });
});
