import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, pageErrors, screenshot, type BrowserSession } from './support/browser';
import { countLabels, expectNoPageErrors, openLibrary, untranslated, waitEditor, waitSaved } from './support/app';

/**
 * Journey of a reviewer and a consultant with the convention checks: the library checks the
 * samples in the background, the editor shows findings with markers, a finding leads to its
 * element, a quick fix removes it and undo brings it back, a finding is accepted with a reason
 * (and travels in the exported .bpmn), and the Prüfprotokoll is exported as HTML.
 */
describe('convention checks journey', () => {
  const baseUrl = inject('baseUrl');
  let s: BrowserSession;

  const panel = (page: Page) => page.getByTestId('findings-panel');
  const findingsOf = (page: Page, rule: string) => panel(page).locator(`[data-testid="finding"][data-rule="${rule}"]`);
  const summary = async (page: Page) => {
    const el = page.getByTestId('findings-summary');
    return { open: Number(await el.getAttribute('data-open')), waived: Number(await el.getAttribute('data-waived')) };
  };

  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('should check the samples in the background and show their counts in the library', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    const spandau = page.locator('[data-testid="variant-row"]', { hasText: 'Bezirksamt Spandau' });
    await spandau.waitFor();
    // the background lint replaces "–" (not checked) by counts
    await expect.poll(() => spandau.locator('.badge.warning, .badge.error, .badge.ok').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const card = page.getByRole('region', { name: 'Prozess Wohngeld bewilligen' });
    await card.locator('.district-overview summary').click();
    await expect.poll(() => card.locator('.district-matrix tbody tr').count(), { timeout: 60_000 }).toBeGreaterThan(3);
    await expect.poll(() => page.getByTestId('library-lint-progress').count(), { timeout: 60_000 }).toBe(0);
    await card.locator('.district-matrix').scrollIntoViewIfNeeded();
    await screenshot(page, 'conventions-library-district-overview');
  });

  it('should show the findings of an opened sample with markers on the elements', async () => {
    const { page } = s;
    await page.getByRole('link', { name: /Spandau öffnen/ }).click();
    await waitEditor(page);
    await page.getByTestId('findings-tab').click();
    await expect.poll(async () => (await summary(page)).open, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await findingsOf(page, 'xor-outgoing-labelled').count()).toBe(1);
    // markers: a warning outline and a badge on the gateway
    await page.locator('[data-element-id="Gateway_Sonderfall"].gpm-lint-warning').waitFor();
    expect(await page.locator('.gpm-lint-badge').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('findings-tab').innerText()).toMatch(/^Befunde \(\d+\)$/);
    await screenshot(page, 'conventions-findings-panel');
  });

  it('should select and show the element when a finding is clicked', async () => {
    const { page } = s;
    await findingsOf(page, 'xor-outgoing-labelled').locator('.finding-main').click();
    await page.locator('.djs-element.selected[data-element-id="Gateway_Sonderfall"]').waitFor();
  });

  it('should explain the rule with its correct and incorrect example', async () => {
    const { page } = s;
    await panel(page).locator('[data-testid="rule-group"][data-rule="xor-outgoing-labelled"] .explain').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('rule-doc').getByRole('heading', { name: 'Richtig' }).waitFor();
    await dialog.getByRole('heading', { name: 'Falsch' }).waitFor();
    expect(await dialog.locator('pre.md-code').count()).toBeGreaterThan(0);
    await screenshot(page, 'conventions-rule-explanation');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
  });

  it('should remove the finding with a quick fix and bring it back with undo', async () => {
    const { page } = s;
    const before = (await summary(page)).open;
    await findingsOf(page, 'xor-outgoing-labelled').locator('[data-fix="label-yes-no"]').click();
    await expect.poll(() => findingsOf(page, 'xor-outgoing-labelled').count()).toBe(0);
    expect(await countLabels(page, 'Ja')).toBeGreaterThan(0);
    expect(await countLabels(page, 'Nein')).toBeGreaterThan(0);
    expect((await summary(page)).open).toBeLessThan(before);
    await page.getByRole('button', { name: 'Rückgängig', exact: true }).click();
    await expect.poll(() => findingsOf(page, 'xor-outgoing-labelled').count()).toBe(1);
    expect((await summary(page)).open).toBe(before);
  });

  it('should restrict the palette to the profile and switch the profile', async () => {
    const { page } = s;
    const expanded = page.locator('.djs-palette [data-action="create.subprocess-expanded"]');
    expect(await expanded.count()).toBe(1);
    await panel(page).getByLabel('Palette auf erlaubte Elemente beschränken').check();
    await expect.poll(() => expanded.count()).toBe(0);
    expect(await page.locator('.djs-palette [data-action="create.task"]').count()).toBe(1);
    // the replace menu of a task offers no expanded sub-process either
    await page.getByRole('button', { name: 'Ganzes Diagramm anzeigen' }).click();
    await page.locator('[data-testid="modeler-canvas"] .djs-shape[data-element-id="Activity_Erfassen"]').click();
    await page.locator('.djs-context-pad [data-action="replace"]').click();
    await page.locator('.djs-popup [data-id="replace-with-collapsed-subprocess"]').waitFor();
    expect(await page.locator('.djs-popup [data-id="replace-with-expanded-subprocess"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await panel(page).getByLabel('Palette auf erlaubte Elemente beschränken').uncheck();
    await expect.poll(() => expanded.count()).toBe(1);
    // the profile follows the IST variant (basis) and can be switched
    const profile = panel(page).getByLabel('Prüfprofil');
    expect(await profile.inputValue()).toBe('basis');
    await profile.selectOption('experte');
    await profile.selectOption('basis');
  });

  it('should accept a finding with a reason, count it apart, and keep it in the exported .bpmn', async () => {
    const { page } = s;
    const before = await summary(page);
    const finding = findingsOf(page, 'xor-outgoing-labelled');
    await finding.getByRole('button', { name: 'Ausnahme …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Begründete Ausnahme' });
    await dialog.getByRole('button', { name: 'Ausnahme speichern' }).click();
    await dialog.getByText('Bitte geben Sie eine Begründung an.').waitFor();
    await dialog.getByLabel('Begründung (Pflicht)').fill('Sonderfälle werden telefonisch geklärt; Ausgänge mit Fachbereich abgestimmt.');
    await dialog.getByLabel('Ihr Name').fill('Erika Prüferin');
    await dialog.getByRole('button', { name: 'Ausnahme speichern' }).click();
    await expect.poll(async () => (await summary(page)).waived).toBe(before.waived + 1);
    expect((await summary(page)).open).toBe(before.open - 1);
    await expect.poll(() => finding.getAttribute('data-waived')).toBe('true');
    expect(await finding.innerText()).toContain('Erika Prüferin');
    await screenshot(page, 'conventions-waiver');

    await waitSaved(page);
    await page.getByRole('button', { name: 'Exportieren ▾' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'BPMN-Datei (.bpmn)' }).click()]);
    const xml = readFileSync((await download.path())!, 'utf8');
    expect(xml).toMatch(/<gpm:waiver [^>]*rule="xor-outgoing-labelled"/);
    expect(xml).toContain('Sonderfälle werden telefonisch geklärt');
    expect(xml).toContain('author="Erika Prüferin"');
  });

  it('should withdraw the waiver, and bring it back with undo', async () => {
    const { page } = s;
    const finding = findingsOf(page, 'xor-outgoing-labelled');
    const before = await summary(page);
    await finding.getByRole('button', { name: 'Ausnahme zurücknehmen' }).click();
    await expect.poll(async () => (await summary(page)).waived).toBe(before.waived - 1);
    await page.getByRole('button', { name: 'Rückgängig', exact: true }).click();
    await expect.poll(async () => (await summary(page)).waived).toBe(before.waived);
  });

  it('should build the Prüfprotokoll with score, waiver and delta, and export it as HTML', async () => {
    const { page } = s;
    // a version to compare with: the current state
    await page.getByRole('button', { name: 'Version speichern', exact: true }).click();
    await page.getByRole('dialog').getByLabel('Kommentar').fill('Nach der Prüfung');
    await page.getByRole('dialog').getByRole('button', { name: 'Version speichern' }).click();
    await page.getByText('Version gespeichert: „Nach der Prüfung“').waitFor();

    await page.getByRole('button', { name: 'Prüfprotokoll', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Prüfprotokoll' });
    await dialog.getByTestId('report-view').waitFor({ timeout: 30_000 });
    await dialog.getByLabel('Vergleichen mit').selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Neu erstellen' }).click();
    await dialog.getByText(/Verglichen mit/).waitFor({ timeout: 30_000 });
    expect(await dialog.getByTestId('report-score').innerText()).toMatch(/^\d+ %$/);
    expect(await dialog.innerText()).toContain('Sonderfälle werden telefonisch geklärt');
    await screenshot(page, 'conventions-report');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Als HTML exportieren' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Pruefprotokoll-.*\.html$/);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('<title>Prüfprotokoll');
    expect(html).toContain('Konformitätsgrad');
    expect(html).toContain('Sonderfälle werden telefonisch geklärt');
    expect(html).toContain('Verglichen mit');
    const [csv] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Als CSV exportieren' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('xor-outgoing-labelled');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
  });

  it('should build a Prüfprotokoll for ticked variants of a process from the library', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    await page.getByRole('button', { name: 'Prüfprotokoll für Bewohnerparkausweis ausstellen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Prüfprotokoll erstellen' }).click();
    await dialog.getByTestId('report-view').waitFor({ timeout: 60_000 });
    expect(await dialog.locator('.report-variant').count()).toBe(2);
    await screenshot(page, 'conventions-process-report');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
  });

  it('should append a missing end event and label an unlabeled gateway by quick fixes, each one undo step', async () => {
    const { page } = s;
    await page.getByRole('link', { name: /Mitte öffnen/ }).click();
    await waitEditor(page);
    await page.getByTestId('findings-tab').click();
    const dangling = panel(page).locator('[data-testid="finding"][data-rule="no-implicit-start-end"][data-element="Activity_Ablehnung_versenden"]');
    await dangling.waitFor({ timeout: 20_000 });
    const endEvents = () => page.locator('[data-testid="modeler-canvas"] .djs-shape:is([data-element-id^="Event_"], [data-element-id^="EndEvent"]):not([data-element-id$="_label"])').count();
    const before = await endEvents();
    await dangling.locator('[data-fix="add-end-event"]').click();
    // the new end event is open for its label
    await page.locator('.djs-direct-editing-parent').waitFor();
    await page.keyboard.type('Abgelehnt');
    await page.keyboard.press('Enter');
    await expect.poll(() => dangling.count()).toBe(0);
    expect(await endEvents()).toBe(before + 1);
    expect(await countLabels(page, 'Abgelehnt')).toBe(1);

    const unlabeled = panel(page).locator('[data-testid="finding"][data-rule="label-required"][data-element="Gateway_Ergebnis"]');
    await unlabeled.locator('[data-fix="label-placeholder"]').click();
    await page.locator('.djs-direct-editing-parent').waitFor();
    await page.keyboard.type('Anspruch?');
    await page.keyboard.press('Enter');
    await expect.poll(() => unlabeled.count()).toBe(0);
    expect(await countLabels(page, 'Anspruch?')).toBe(1);
    await screenshot(page, 'conventions-quick-fixes');
    // one undo takes the label back (placeholder and typed text are one label change each)
    await page.getByRole('button', { name: 'Rückgängig', exact: true }).click();
    await page.getByRole('button', { name: 'Rückgängig', exact: true }).click();
    await expect.poll(() => unlabeled.count()).toBe(1);
  });

  it('should have asked for no untranslated UI strings and thrown no page errors', async () => {
    expect(await untranslated(s.page)).toEqual([]);
    expectNoPageErrors(pageErrors(s.page));
  });
});
