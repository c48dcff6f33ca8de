import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/persistence/db';
import { freshProfile, openTestLibrary, unwrap } from './helpers/testLibrary';

/**
 * Rows exactly as schema v1 stored them (frozen: never regenerate these from current code).
 * Variants have no `searchText`, and one OE was typed with stray spaces.
 */
const V1 = {
  processes: [
    { id: '0b6f6c0e-1f5a-4e0e-9a51-000000000001', name: 'Wohngeld', prozessschluessel: '99001001', createdAt: '2024-05-01T08:00:00.000Z', updatedAt: '2024-05-01T08:00:00.000Z' },
    { id: '0b6f6c0e-1f5a-4e0e-9a51-000000000002', name: 'Hilfe zur Pflege', createdAt: '2024-05-02T08:00:00.000Z', updatedAt: '2024-05-03T08:00:00.000Z', deletedAt: '2024-05-03T08:00:00.000Z' }
  ],
  variants: [
    {
      id: '1c2d3e4f-0000-4000-8000-000000000001', processId: '0b6f6c0e-1f5a-4e0e-9a51-000000000001',
      organisationseinheit: '  Bezirksamt\u00a0 Neukölln ', modellart: 'IST', status: 'in_pruefung', name: 'Wohngeld Neukölln',
      headRevisionId: '2d3e4f50-0000-4000-8000-000000000002', elementCount: 14, errorCount: 2, warningCount: 5,
      findingsByCategory: { benennung: 3, attribute: 4 }, createdAt: '2024-05-01T08:00:00.000Z', updatedAt: '2024-05-04T09:30:00.000Z'
    },
    {
      id: '1c2d3e4f-0000-4000-8000-000000000002', processId: '0b6f6c0e-1f5a-4e0e-9a51-000000000001',
      organisationseinheit: 'Senatsverwaltung für Stadtentwicklung', modellart: 'SOLL', status: 'entwurf', name: 'Wohngeld SOLL',
      headRevisionId: '2d3e4f50-0000-4000-8000-000000000003', elementCount: 9, sampleKey: 'wohngeld-soll',
      createdAt: '2024-05-01T08:05:00.000Z', updatedAt: '2024-05-01T08:05:00.000Z'
    },
    {
      id: '1c2d3e4f-0000-4000-8000-000000000003', processId: '0b6f6c0e-1f5a-4e0e-9a51-000000000002',
      organisationseinheit: 'Bezirksamt Mitte', modellart: 'IST', status: 'entwurf', name: 'Pflege Mitte',
      headRevisionId: '2d3e4f50-0000-4000-8000-000000000004', elementCount: 5,
      createdAt: '2024-05-02T08:00:00.000Z', updatedAt: '2024-05-03T08:00:00.000Z', deletedAt: '2024-05-03T08:00:00.000Z'
    }
  ],
  revisions: [
    { id: '2d3e4f50-0000-4000-8000-000000000001', variantId: '1c2d3e4f-0000-4000-8000-000000000001', parentRevisionId: null, kind: 'import', comment: 'Importiert', author: 'Erika', createdAt: '2024-05-01T08:00:00.000Z', elementCount: 12, size: 5 },
    { id: '2d3e4f50-0000-4000-8000-000000000002', variantId: '1c2d3e4f-0000-4000-8000-000000000001', parentRevisionId: '2d3e4f50-0000-4000-8000-000000000001', kind: 'version', comment: 'Workshop', author: 'Erika', createdAt: '2024-05-04T09:00:00.000Z', elementCount: 14, size: 5 },
    { id: '2d3e4f50-0000-4000-8000-000000000003', variantId: '1c2d3e4f-0000-4000-8000-000000000002', parentRevisionId: null, kind: 'sample', comment: '', author: 'GPM Workbench', createdAt: '2024-05-01T08:05:00.000Z', elementCount: 9, size: 6 },
    { id: '2d3e4f50-0000-4000-8000-000000000004', variantId: '1c2d3e4f-0000-4000-8000-000000000003', parentRevisionId: null, kind: 'create', comment: '', author: 'Max', createdAt: '2024-05-02T08:00:00.000Z', elementCount: 5, size: 7 }
  ],
  bodies: [
    { revisionId: '2d3e4f50-0000-4000-8000-000000000001', variantId: '1c2d3e4f-0000-4000-8000-000000000001', xml: '<r1/>' },
    { revisionId: '2d3e4f50-0000-4000-8000-000000000002', variantId: '1c2d3e4f-0000-4000-8000-000000000001', xml: '<r2/>' },
    { revisionId: '2d3e4f50-0000-4000-8000-000000000003', variantId: '1c2d3e4f-0000-4000-8000-000000000002', xml: '<soll/>' },
    { revisionId: '2d3e4f50-0000-4000-8000-000000000004', variantId: '1c2d3e4f-0000-4000-8000-000000000003', xml: '<pflege/>' }
  ],
  drafts: [
    { variantId: '1c2d3e4f-0000-4000-8000-000000000001', xml: '<r2-edited/>', savedAt: '2024-05-04T09:30:00.000Z', counter: 7, writerId: 'tab-x', baseRevisionId: '2d3e4f50-0000-4000-8000-000000000002' }
  ],
  settings: [
    { key: 'authorName', value: 'Erika Muster', updatedAt: '2024-05-01T07:00:00.000Z' },
    { key: 'samplesLoaded', value: true, updatedAt: '2024-05-01T08:05:00.000Z' }
  ]
} as const;

/** Write the v1 rows into a database that only knows schema v1, then close it. */
async function createV1Library(profile = freshProfile()) {
  const { db } = openTestLibrary(profile, 'library', { upToVersion: 1 });
  await db.open();
  expect(db.verno).toBe(1);
  expect(db.tables.map((t) => t.name).sort()).toEqual(['bodies', 'drafts', 'processes', 'revisions', 'settings', 'variants']);
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(V1)) await db.table(table).bulkAdd(rows as unknown as object[]);
  });
  db.close();
  return profile;
}

describe('schema v1 → v2', () => {
  it('should find every v1 row after the upgrade, unchanged except for the upgrade’s own fields', async () => {
    // given a v1 library with data
    const profile = await createV1Library();

    // when the current code opens it
    const { db } = openTestLibrary(profile, 'library');
    await db.open();

    // then it is at the latest version and every row is there
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.processes.orderBy('id').toArray()).toEqual(V1.processes);
    expect(await db.revisions.orderBy('id').toArray()).toEqual(V1.revisions);
    expect(await db.bodies.orderBy('revisionId').toArray()).toEqual(V1.bodies);
    expect(await db.drafts.toArray()).toEqual(V1.drafts);
    expect(await db.settings.orderBy('key').toArray()).toEqual(V1.settings);
    const variants = await db.variants.orderBy('id').toArray();
    expect(variants.map(({ searchText: _s, organisationseinheit: _o, ...rest }) => rest)).toEqual(
      V1.variants.map(({ organisationseinheit: _o, ...rest }) => rest)
    );
    // and the upgrade did its work: tidy OE, search text with the process name
    expect(variants.map((v) => v.organisationseinheit)).toEqual(['Bezirksamt Neukölln', 'Senatsverwaltung für Stadtentwicklung', 'Bezirksamt Mitte']);
    expect(variants[0].searchText).toBe('wohngeld neukoelln · bezirksamt neukoelln · ist · wohngeld');
    expect(variants[2].searchText).toContain('hilfe zur pflege');
    expect(await db.compareDecisions.count()).toBe(0);
  });

  it('should serve the upgraded data through the repositories', async () => {
    const profile = await createV1Library();
    const { lib } = openTestLibrary(profile, 'library');
    const wohngeld = V1.processes[0].id;
    const neukoelln = V1.variants[0].id;

    expect(unwrap(await lib.processes.list()).map((p) => p.name)).toEqual(['Wohngeld']);
    expect(unwrap(await lib.variants.listSummaries()).map((v) => v.name)).toEqual(['Wohngeld Neukölln', 'Wohngeld SOLL']);
    expect(unwrap(await lib.variants.listSummaries({ text: 'neukoelln', organisationseinheit: 'Bezirksamt Neukölln' }))).toHaveLength(1);
    expect(unwrap(await lib.variants.listTrash()).map((v) => v.name)).toEqual(['Pflege Mitte']);
    expect(unwrap(await lib.revisions.list(neukoelln)).map((r) => r.comment)).toEqual(['Workshop', 'Importiert']);
    expect(unwrap(await lib.drafts.openWorkingCopy(neukoelln))).toMatchObject({ source: 'draft', xml: '<r2-edited/>', counter: 7 });
    expect(unwrap(await lib.settings.get('authorName'))).toBe('Erika Muster');
    // a v1 draft keeps protecting against another tab
    const stale = await lib.drafts.save(neukoelln, 'x', { expectedCounter: 6, writerId: 'me', baseRevisionId: V1.variants[0].headRevisionId });
    expect(stale.ok ? '' : stale.error.code).toBe('storage/conflict');
    // and the v2 table works
    unwrap(await lib.decisions.add(wohngeld, { kind: 'confirm', payload: { stepId: 's-1' }, author: 'Erika' }));
    expect(unwrap(await lib.decisions.list(wohngeld))).toHaveLength(1);
    // restoring the trashed process brings its variant back, searchable by name
    unwrap(await lib.processes.restore(V1.processes[1].id));
    expect(unwrap(await lib.variants.listSummaries({ text: 'pflege' })).map((v) => v.name)).toEqual(['Pflege Mitte']);
  });

  it('should upgrade an empty v1 database', async () => {
    const profile = freshProfile();
    const { db: v1 } = openTestLibrary(profile, 'empty', { upToVersion: 1 });
    await v1.open();
    v1.close();

    const { db, lib } = openTestLibrary(profile, 'empty');
    await db.open();

    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(unwrap(await lib.variants.listSummaries())).toEqual([]);
  });
});
