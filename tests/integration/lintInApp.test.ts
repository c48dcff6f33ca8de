import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VariantRecord } from '../../src/domain/model/library';
import { createAppHarness, type AppHarness } from '../helpers/appHarness';

/**
 * The convention checks in the store, over the real services (lint in-process, no worker in
 * Node) and a fake-indexeddb library: live findings (latest state wins), counts on variants,
 * background checks of unchecked variants, and the Prüfprotokoll with a delta.
 */
describe('convention checks in the app store', () => {
  let h: AppHarness;
  let variant: VariantRecord;
  let xml: string;

  beforeEach(async () => {
    h = createAppHarness();
    const s = h.store.getState();
    await s.refreshLibrary();
    const p = await s.createProcess({ name: 'Hundesteuer' });
    if (!p.ok) throw new Error('process');
    const v = await h.store.getState().createVariant(p.value.id, { organisationseinheit: 'Bezirksamt Pankow', modellart: 'IST' });
    if (!v.ok) throw new Error('variant');
    variant = v.value;
    await h.store.getState().openVariant(variant.id);
    h.store.getState().lintSessionStarted(variant);
    xml = h.store.getState().session!.xml;
  });
  afterEach(() => h.lib.close());

  /** The blank model with its task unnamed: one `label-required` error more. */
  const unnamed = () => xml.replace('name="Antrag prüfen"', '');
  const lintXml = (requestId: number, text: string) => h.store.getState().runLiveLint({ variantId: variant.id, requestId, source: { kind: 'xml', xml: text } });
  const labelErrors = () => h.store.getState().liveLint?.result.findings.filter((f) => f.rule === 'label-required' && !f.waived).length;

  it('should let the profile follow the Modellart', () => {
    expect(h.store.getState().lintProfile).toBe('basis');
    h.store.getState().lintSessionStarted({ ...variant, modellart: 'SOLL' });
    expect(h.store.getState().lintProfile).toBe('soll');
  });

  it('should show the findings of the newest request and drop older ones that answer late', async () => {
    await lintXml(5, unnamed());
    expect(labelErrors()).toBe(1);
    await lintXml(4, xml);
    expect(h.store.getState().liveLint?.requestId).toBe(5);
    expect(labelErrors()).toBe(1);
    await lintXml(6, xml);
    expect(labelErrors()).toBe(0);
  });

  it('should drop results for another variant or an old profile', async () => {
    await h.store.getState().runLiveLint({ variantId: 'other', requestId: 10, source: { kind: 'xml', xml } });
    expect(h.store.getState().liveLint).toBeNull();
    const pending = lintXml(11, unnamed());
    h.store.getState().setLintProfile('experte');
    await pending;
    expect(h.store.getState().liveLint).toBeNull();
  });

  it('should store the counts of the variant profile on the variant, and not those of another profile', async () => {
    await lintXml(1, unnamed());
    const stored = await h.lib.variants.get(variant.id);
    expect(stored.ok && stored.value.errorCount).toBe(h.store.getState().liveLint!.result.stats.open.error);
    expect(stored.ok && stored.value.findingsByCategory?.naming).toBeGreaterThanOrEqual(1);
    expect(h.store.getState().session!.variant.errorCount).toBe(stored.ok ? stored.value.errorCount : -1);

    h.store.getState().setLintProfile('fim');
    await lintXml(2, xml);
    const again = await h.lib.variants.get(variant.id);
    expect(again.ok && again.value.errorCount).toBe(stored.ok ? stored.value.errorCount : -1);
  });

  it('should check variants without counts in the background, one after the other', async () => {
    await h.store.getState().loadSamples();
    await h.store.getState().refreshLibrary();
    h.store.getState().closeVariant();
    const unchecked = h.store.getState().variants.filter((v) => v.errorCount === undefined);
    expect(unchecked.length).toBeGreaterThan(2);
    await h.store.getState().lintUnlintedVariants();
    expect(h.store.getState().libraryLint).toEqual({ running: false, done: unchecked.length, total: unchecked.length });
    const listed = await h.lib.variants.listSummaries();
    expect(listed.ok && listed.value.every((v) => v.errorCount !== undefined && v.findingsByCategory !== undefined)).toBe(true);
  });

  it('should build the Prüfprotokoll of the open variant with the delta against a version, and export it', async () => {
    await h.store.getState().saveVersion(xml, 'Sauberer Stand');
    const version = h.store.getState().revisions[0];
    await lintXml(1, unnamed());
    const r = await h.store.getState().buildOpenVariantReport(version.id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value.variants[0];
    expect(v.profile).toBe('basis');
    expect(v.delta?.newFindings.map((f) => f.rule)).toContain('label-required');
    expect(v.delta?.againstLabel).toContain('Sauberer Stand');
    const file = h.store.getState().exportReviewReport(r.value, 'html');
    expect(file.fileName).toMatch(/^Pruefprotokoll-Hundesteuer-IST-Bezirksamt-Pankow-\d{4}-\d{2}-\d{2}\.html$/);
    expect(file.text).toContain('Sauberer Stand');
    expect(h.store.getState().exportReviewReport(r.value, 'csv').mime).toMatch(/^text\/csv/);
  });

  it('should build one Prüfprotokoll for several variants, each with its own profile', async () => {
    const p = h.store.getState().processes[0];
    const soll = await h.store.getState().createVariant(p.id, { organisationseinheit: 'Alle Bezirke', modellart: 'SOLL' });
    if (!soll.ok) throw new Error('soll');
    const r = await h.store.getState().buildVariantsReport([{ variantId: variant.id }, { variantId: soll.value.id }], 'Prüfprotokoll – Hundesteuer');
    expect(r.ok && r.value.variants.map((v) => v.profile)).toEqual(['basis', 'soll']);
    expect(r.ok && r.value.title).toBe('Prüfprotokoll – Hundesteuer');
  });
});
