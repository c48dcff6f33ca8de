import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, pageErrors, screenshot, type BrowserSession } from './support/browser';
import { countLabels, expectNoPageErrors, openLibrary, variantRows, waitEditor, waitSaved } from './support/app';

/** The same variant open in two tabs never silently overwrites itself. */
describe('two tabs on one variant', () => {
  const baseUrl = inject('baseUrl');
  let s: BrowserSession;
  let a: Page;
  let b: Page;

  beforeAll(async () => {
    s = await launch();
    a = s.page;
    b = await s.context.newPage();
  });
  afterAll(async () => {
    await s?.dispose();
  });

  async function renameFirstTask(page: Page, name: string) {
    const task = page.locator('[data-testid="modeler-canvas"] .djs-element.djs-shape[data-element-id="Activity_1"]');
    await task.dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(name);
    await page.locator('[data-testid="modeler-canvas"] svg').first().click({ position: { x: 400, y: 20 } });
  }

  it('should warn in both tabs that the variant is open twice', async () => {
    await openLibrary(a, baseUrl);
    await a.getByRole('button', { name: '+ Neuer Prozess' }).click();
    await a.getByRole('dialog').getByLabel('Name der Leistung').fill('Gewerbeanmeldung');
    await a.getByRole('dialog').getByRole('button', { name: 'Anlegen' }).click();
    await a.getByRole('dialog').getByLabel('Organisationseinheit').fill('Ordnungsamt Spandau');
    await a.getByRole('button', { name: 'Anlegen und öffnen' }).click();
    await waitEditor(a);
    await b.goto(a.url());
    await waitEditor(b);
    await a.getByText('Diese Variante ist auch in einem anderen Tab geöffnet.').waitFor();
    await b.getByText('Diese Variante ist auch in einem anderen Tab geöffnet.').waitFor();
  });

  it('should refuse to save the second tab over the first and offer reload or a copy', async () => {
    await renameFirstTask(a, 'Anmeldung prüfen');
    await waitSaved(a);
    await renameFirstTask(b, 'Gewerbe prüfen');
    const banner = b.getByTestId('conflict-banner');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.innerText()).toContain('in einem anderen Tab oder Fenster geändert');
    await screenshot(b, 'two-tabs-conflict');

    // keep my state as a copy: a new variant with tab B's label, tab A's state untouched
    await b.getByRole('button', { name: 'Meinen Stand als Kopie behalten' }).click();
    await waitEditor(b);
    await expect.poll(() => countLabels(b, 'Gewerbe prüfen')).toBe(1);
    await a.reload();
    await waitEditor(a);
    expect(await countLabels(a, 'Anmeldung prüfen')).toBe(1);
    await openLibrary(b, baseUrl);
    const rows = await variantRows(b);
    expect(rows.filter((r) => r.includes('Ordnungsamt Spandau'))).toHaveLength(2);
  });

  it('should take over the other tab\'s state with "Neu laden"', async () => {
    await a.goto(`${baseUrl}`);
    await openLibrary(a, baseUrl);
    await a.locator('[data-testid="variant-row"]', { hasText: 'Ordnungsamt Spandau' }).first().getByRole('link', { name: /öffnen/ }).click();
    await waitEditor(a);
    const url = a.url();
    await b.goto(url);
    await waitEditor(b);
    await renameFirstTask(a, 'Erster Stand');
    await waitSaved(a);
    await renameFirstTask(b, 'Zweiter Stand');
    await b.getByTestId('conflict-banner').waitFor({ timeout: 20_000 });
    await b.getByRole('button', { name: 'Neu laden (anderen Stand übernehmen)' }).click();
    await waitEditor(b);
    await expect.poll(() => countLabels(b, 'Erster Stand')).toBe(1);
    expect(await countLabels(b, 'Zweiter Stand')).toBe(0);
    expectNoPageErrors([...pageErrors(a), ...pageErrors(b)]);
  });
});
