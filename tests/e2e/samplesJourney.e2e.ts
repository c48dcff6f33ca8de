import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, pageErrors, screenshot, type BrowserSession } from './support/browser';
import { countLabels, expectNoPageErrors, openLibrary, untranslated, variantRows, waitEditor } from './support/app';

const index = JSON.parse(readFileSync(join(__dirname, '../../samples/index.json'), 'utf8')) as Array<{ file: string; process: string; organisationseinheit: string }>;

/** First start: the sample library; reloading samples restores what was deleted, without duplicates. */
describe('samples journey', () => {
  const baseUrl = inject('baseUrl');
  let s: BrowserSession;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('should show every sample on first start, grouped by process', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    await expect.poll(async () => (await variantRows(page)).length, { timeout: 20_000 }).toBe(index.length);
    for (const process of new Set(index.map((e) => e.process))) {
      await page.getByRole('heading', { name: process }).waitFor();
    }
    await screenshot(page, 'library-samples');
  });

  it('should open a sample variant in the editor', async () => {
    const { page } = s;
    const neukoelln = index.find((e) => e.organisationseinheit.includes('Neukölln'))!;
    await page.getByRole('link', { name: neukoelln.organisationseinheit, exact: true }).click();
    await waitEditor(page);
    expect(await page.locator('[data-testid="modeler-canvas"] .djs-shape').count()).toBeGreaterThan(15);
    await screenshot(page, 'editor-sample');
    await page.getByRole('link', { name: '← Bibliothek' }).click();
  });

  it('should open every sample in the real bpmn-js without import warnings', async () => {
    const { page } = s;
    for (const entry of index) {
      await openLibrary(page, baseUrl);
      await page.getByRole('link', { name: entry.organisationseinheit, exact: true }).click();
      await waitEditor(page);
      await page.waitForFunction(() => document.querySelector('[data-testid="modeler-canvas"]')?.hasAttribute('data-import-warnings'));
      const warnings = await page.getByTestId('modeler-canvas').getAttribute('data-import-warnings');
      expect(warnings, entry.file).toBe('0');
    }
  });

  it('should restore a deleted sample with "Beispiele laden" and not duplicate the others', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    const first = index[0];
    await page.locator('[data-testid="variant-row"]', { hasText: first.organisationseinheit }).getByRole('button', { name: /löschen$/ }).first().click();
    await expect.poll(async () => (await variantRows(page)).length).toBe(index.length - 1);
    await page.getByRole('button', { name: 'Beispiele laden' }).click();
    await expect.poll(async () => (await variantRows(page)).length).toBe(index.length);
    await page.getByRole('button', { name: 'Beispiele laden' }).click();
    await page.getByText('Alle Beispielmodelle sind bereits in der Bibliothek.').waitFor();
    expect((await variantRows(page)).length).toBe(index.length);
  });

  it('should restore a deleted variant from the trash and delete it for good only after confirmation', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    const row = page.locator('[data-testid="variant-row"]', { hasText: 'Bezirksamt Pankow' });
    await row.getByRole('button', { name: /löschen$/ }).click();
    await expect.poll(async () => (await variantRows(page)).length).toBe(index.length - 1);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Papierkorb' }).click();
    const trash = page.getByTestId('trash');
    const pankow = trash.locator('tr', { hasText: 'Bezirksamt Pankow' });
    await pankow.waitFor();
    await screenshot(page, 'trash');
    await pankow.getByRole('button', { name: 'Wiederherstellen' }).click();
    await pankow.waitFor({ state: 'detached' });
    await openLibrary(page, baseUrl);
    await expect.poll(async () => (await variantRows(page)).length).toBe(index.length);

    // delete for good: the browser asks first; "Abbrechen" keeps it, "OK" removes it
    await row.getByRole('button', { name: /löschen$/ }).click();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Papierkorb' }).click();
    page.once('dialog', (d) => void d.dismiss());
    await pankow.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.waitForTimeout(300);
    expect(await pankow.count()).toBe(1);
    page.once('dialog', (d) => void d.accept());
    await pankow.getByRole('button', { name: 'Endgültig löschen' }).click();
    await pankow.waitFor({ state: 'detached' });
    await openLibrary(page, baseUrl);
    expect((await variantRows(page)).length).toBe(index.length - 1);
    // "Beispiele laden" brings the sample back
    await page.getByRole('button', { name: 'Beispiele laden' }).click();
    await expect.poll(async () => (await variantRows(page)).length).toBe(index.length);
  });

  it('should show labels with HTML or script as text and never run them', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    const hostile = readFileSync(join(__dirname, '../fixtures/hostile-labels.bpmn'), 'utf8');
    await page.getByLabel('BPMN-Dateien importieren').setInputFiles([{ name: 'feindlich-ist-mitte.bpmn', mimeType: 'application/xml', buffer: Buffer.from(hostile) }]);
    const dialog = page.getByRole('dialog', { name: 'BPMN-Dateien importieren' });
    await dialog.getByRole('textbox', { name: 'Prozess (Leistung)' }).fill('Feindliche Beschriftung');
    await dialog.getByRole('button', { name: '1 Modell importieren' }).click();
    await page.getByRole('link', { name: /Feindliche Beschriftung – IST Bezirksamt Mitte öffnen/ }).click();
    await waitEditor(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await countLabels(page, '<script>window.__pwned=2</script>')).toBe(1);
    expect(await page.locator('[data-testid="modeler-canvas"] img, [data-testid="modeler-canvas"] script').count()).toBe(0);
    await screenshot(page, 'editor-hostile-labels');
  });

  it('should have asked for no untranslated UI strings and thrown no page errors', async () => {
    expect(await untranslated(s.page)).toEqual([]);
    expectNoPageErrors(pageErrors(s.page));
  });
});
