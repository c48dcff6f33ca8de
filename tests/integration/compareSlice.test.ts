import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/createServices';
import { parseBpmn } from '../../src/bpmn/parseBpmn';
import { createAppStore, type AppStore } from '../../src/state/createAppStore';
import { confirmStep, mergeSteps, rejectCell, renameStep, splitStep } from '../../src/state/compareDecisionIntents';
import { protocolEntries } from '../../src/state/compareLog';
import { WORKING_COPY_ID } from '../../src/state/compareSlice';
import { createAppHarness, type AppHarness } from '../helpers/appHarness';

/** The compare slice over the real services, the real compare handler (in-process) and fake-indexeddb. */
describe('compare slice', () => {
  let h: AppHarness;
  let processId: string;

  beforeEach(async () => {
    h = createAppHarness();
    await h.store.getState().setAuthorName('Erika Beraterin');
    await h.store.getState().loadSamples();
    await h.store.getState().refreshLibrary();
    processId = h.store.getState().processes.find((p) => p.name.startsWith('Wohngeld'))!.id;
  });

  afterEach(() => h.lib.close());

  const open = async (store: AppStore = h.store) => {
    await store.getState().openCompare(processId);
    const c = store.getState().compare;
    expect(c.status, c.error).toBe('done');
    return c.run!;
  };
  const stepWith = (store: AppStore, label: string) => store.getState().compare.run!.result.match.steps.find((s) => s.members.some((m) => m.label === label))!;

  it('should compare every variant of the sample process with the released SOLL chosen automatically', async () => {
    const run = await open();
    const c = h.store.getState().compare;
    expect(c.variants).toHaveLength(7);
    expect(c.included).toHaveLength(7);
    expect(run.result.matrix.columns).toHaveLength(7);
    expect(run.result.matrix.columns[0].modellart).toBe('SOLL');
    expect(run.result.sollId).toBe(run.result.matrix.columns[0].variantId);
    expect(run.result.deviations).toHaveLength(6);
    expect(run.result.matrix.rows.length).toBeGreaterThan(10);
    expect(Object.keys(c.xml)).toHaveLength(7);
    expect(Object.keys(run.graphs)).toHaveLength(7);
    expect(c.timings?.totalMs).toBeGreaterThanOrEqual(0);
    expect(run.result.matrix.columns.map((col) => col.name)).toContain('Bezirksamt Neukölln');
  });

  it('should keep a confirmed step confirmed after a reload (a new store on the same library)', async () => {
    await open();
    const step = stepWith(h.store, 'Wohngeld berechnen');
    expect(await h.store.getState().decideSteps(confirmStep(step))).toBe(true);
    expect(h.store.getState().compare.decisionRecords).toHaveLength(1);
    expect(h.store.getState().compare.decisionRecords[0]).toMatchObject({ kind: 'confirm', author: 'Erika Beraterin', processId });
    expect(stepWith(h.store, 'Wohngeld berechnen').confirmed).toBe(true);

    const reloaded = createAppStore(createServices(h.lib, 'tab-2'));
    await open(reloaded);
    const again = stepWith(reloaded, 'Wohngeld berechnen');
    expect(again.confirmed).toBe(true);
    expect(again.members.every((m) => m.confidence === 1)).toBe(true);
    const row = reloaded.getState().compare.run!.result.matrix.rows.find((r) => r.stepId === again.id)!;
    expect(row.confirmed).toBe(true);
  });

  it('should apply a decision again after a model changed and the variants were compared anew', async () => {
    await open();
    const step = stepWith(h.store, 'Wohngeld berechnen');
    await h.store.getState().decideSteps(renameStep(step, 'Wohngeld festsetzen')!);
    const neukoelln = h.store.getState().compare.run!.result.matrix.columns.find((c) => c.name === 'Bezirksamt Neukölln')!.variantId;
    const xml = h.store.getState().compare.xml[neukoelln];
    const changed = xml.replace('name="Zahlbarmachung"', 'name="Zahlung veranlassen"');
    expect(changed).not.toBe(xml);
    expect((await h.lib.revisions.append(neukoelln, changed, { kind: 'version', comment: 'Zahlung umbenannt', author: 'Erika' })).ok).toBe(true);
    await h.store.getState().refreshCompare();
    const c = h.store.getState().compare;
    expect(c.xml[neukoelln]).toBe(changed);
    expect(stepWith(h.store, 'Wohngeld berechnen').name).toBe('Wohngeld festsetzen');
    expect(stepWith(h.store, 'Zahlung veranlassen')).toBeDefined();
    expect(protocolEntries(c.decisionRecords, c.run!.result.log)[0].status).toBe('angewendet');
  });

  it('should withdraw a decision and keep it in the protocol with who withdrew it', async () => {
    await open();
    await h.store.getState().decideSteps(confirmStep(stepWith(h.store, 'Wohngeld berechnen')));
    const id = h.store.getState().compare.decisionRecords[0].id;
    expect(await h.store.getState().withdrawDecision(id)).toBe(true);
    const c = h.store.getState().compare;
    expect(stepWith(h.store, 'Wohngeld berechnen').confirmed).toBe(false);
    const log = protocolEntries(c.decisionRecords, c.run!.result.log);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ withdrawn: true, withdrawnBy: 'Erika Beraterin', author: 'Erika Beraterin' });
    expect(log[0].status).toContain('zurückgenommen');
    expect(log[0].text).toContain('Bestätigt');
  });

  it('should reject a cell, rename, merge and split steps, and log each decision as applied', async () => {
    await open();
    const step = stepWith(h.store, 'Wohngeld berechnen');
    const neukoelln = step.members.find((m) => m.label === 'Berechnung des Wohngeldes')!;
    await h.store.getState().decideSteps(rejectCell(step, neukoelln.variantId)!);
    const alone = stepWith(h.store, 'Berechnung des Wohngeldes');
    expect(alone.members.map((m) => m.label)).toEqual(['Berechnung des Wohngeldes']);

    await h.store.getState().decideSteps(renameStep(stepWith(h.store, 'Wohngeld berechnen'), 'Wohngeld festsetzen')!);
    expect(stepWith(h.store, 'Wohngeld berechnen').name).toBe('Wohngeld festsetzen');

    await h.store.getState().decideSteps(mergeSteps([stepWith(h.store, 'Wohngeld berechnen'), stepWith(h.store, 'Berechnung des Wohngeldes')])!);
    const merged = stepWith(h.store, 'Berechnung des Wohngeldes');
    expect(merged.members.some((m) => m.label === 'Wohngeld berechnen')).toBe(true);

    const parts = new Map(merged.members.map((m) => [`${m.variantId}::${m.elementId}`, m.label === 'Berechnung des Wohngeldes' ? 1 : 0]));
    await h.store.getState().decideSteps(splitStep(merged, parts)!);
    expect(stepWith(h.store, 'Berechnung des Wohngeldes').members).toHaveLength(1);

    const c = h.store.getState().compare;
    const log = protocolEntries(c.decisionRecords, c.run!.result.log);
    expect(log.map((e) => e.kind)).toEqual(['split', 'merge', 'rename', 'reject']);
    expect(log.every((e) => e.status === 'angewendet')).toBe(true);
  });

  it('should compare without a variant that is unticked and without deviations when no SOLL is wanted', async () => {
    const run = await open();
    const spandau = run.result.matrix.columns.find((col) => col.name === 'Bezirksamt Spandau')!.variantId;
    await h.store.getState().setCompareIncluded(spandau, false);
    expect(h.store.getState().compare.run!.result.matrix.columns).toHaveLength(6);
    await h.store.getState().setCompareSoll('none');
    const c = h.store.getState().compare;
    expect(c.run!.result.deviations).toEqual([]);
    expect(c.run!.result.notes.some((n) => n.includes('Keine SOLL-Variante'))).toBe(true);
  });

  it('should refuse to compare fewer than two variants with a German message', async () => {
    const run = await open();
    for (const col of run.result.matrix.columns.slice(1)) await h.store.getState().setCompareIncluded(col.variantId, false);
    const c = h.store.getState().compare;
    expect(c.status).toBe('error');
    expect(c.error).toContain('mindestens zwei Varianten');
  });

  it('should create the SOLL proposal as a new SOLL draft whose tasks name their supporting districts', async () => {
    await open();
    const id = await h.store.getState().createSollVariant(4);
    expect(id).toBeDefined();
    const variant = (await h.lib.variants.get(id!)) as { ok: true; value: { modellart: string; status: string; processId: string; organisationseinheit: string } };
    expect(variant.value).toMatchObject({ modellart: 'SOLL', status: 'entwurf', processId });
    const working = await h.lib.drafts.openWorkingCopy(id!);
    if (!working.ok) throw new Error('no xml');
    const parsed = await parseBpmn(working.value.xml, 'soll.bpmn');
    if (!parsed.ok) throw new Error('unparsable');
    const tasks = parsed.value.graph.nodes.filter((n) => n.kind === 'task');
    expect(tasks.length).toBeGreaterThan(3);
    expect(parsed.value.graph.attributes).toMatchObject({ modellart: 'SOLL', status: 'entwurf' });
    expect(parsed.value.graph.lanes.length).toBeGreaterThan(0);
    expect(working.value.xml).toMatch(/Unterstützt von [4-6] von 6 Varianten: Bezirksamt/);
  });

  it('should diff two revisions of a variant and the autosaved working state', async () => {
    const run = await open();
    const variantId = run.result.matrix.columns[1].variantId;
    const xml = h.store.getState().compare.xml[variantId];
    const graph = run.graphs[variantId];
    const task = graph.nodes.find((n) => n.kind === 'task')!;
    const changed = xml.replace(`name="${task.name}"`, `name="${task.name} (neu)"`);
    const appended = await h.lib.revisions.append(variantId, changed, { kind: 'version', comment: 'umbenannt', author: 'Erika' });
    expect(appended.ok).toBe(true);
    const { revisions, hasWorkingCopy } = await h.store.getState().listCompareRevisions(variantId);
    expect(revisions).toHaveLength(2);
    expect(hasWorkingCopy).toBe(false);
    await h.store.getState().diffCompareRevisions(variantId, revisions[1].id, revisions[0].id);
    const diff = h.store.getState().compare.revisionDiff!;
    expect(diff.status).toBe('done');
    expect(diff.result!.diff.counts).toMatchObject({ added: 0, removed: 0, changed: 1 });
    expect(diff.result!.diff.changes[0]).toMatchObject({ id: task.id, kind: 'changed' });

    await h.store.getState().diffCompareRevisions(variantId, revisions[0].id, WORKING_COPY_ID);
    expect(h.store.getState().compare.revisionDiff!.result!.diff.changes).toEqual([]);
  });
});
