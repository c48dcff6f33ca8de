import { describe, expect, it } from 'vitest';
import { freshProfile, openTestLibrary, unwrap } from './helpers/testLibrary';

describe('SettingsRepository', () => {
  it('should store, read, list and remove settings across a reload', async () => {
    const profile = freshProfile();
    const { lib, db } = openTestLibrary(profile, 'settings');
    expect(unwrap(await lib.settings.get('authorName'))).toBeUndefined();

    unwrap(await lib.settings.set('authorName', 'Erika Muster'));
    unwrap(await lib.settings.set('samplesLoaded', true));
    unwrap(await lib.settings.set('editor.gridVisible', { on: false }));
    db.close();

    const reloaded = openTestLibrary(profile, 'settings').lib;
    expect(unwrap(await reloaded.settings.get('authorName'))).toBe('Erika Muster');
    expect(unwrap(await reloaded.settings.getAll())).toEqual({ authorName: 'Erika Muster', samplesLoaded: true, 'editor.gridVisible': { on: false } });
    unwrap(await reloaded.settings.remove('samplesLoaded'));
    expect(unwrap(await reloaded.settings.get('samplesLoaded'))).toBeUndefined();
  });
});
