import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, pageErrors, screenshot, type BrowserSession } from './support/browser';
import { expectNoPageErrors, openLibrary, untranslated, variantRows, waitEditor, waitSaved } from './support/app';

/**
 * The comparison journey on the Wohngeld samples: open the comparison → matrix of steps × districts
 * → confirm a step → reload → still confirmed; heatmap, deviations from the SOLL on the diagram,
 * two variants side by side with synchronised selection, CSV and XLSX downloads checked for
 * content, and a SOLL proposal generated and opened in the editor.
 */
const WOHNGELD = 'Wohngeld bewilligen';
const STEP = 'Wohngeld berechnen';

async function waitMatrix(page: Page): Promise<void> {
  await page.locator('[data-testid="compare-page"][data-status="done"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="matrix-row"]').first().waitFor({ timeout: 60_000 });
}

function stepRow(page: Page, name: string) {
  return page.locator('[data-testid="matrix-row"]', { has: page.locator('.step-name', { hasText: new RegExp(`^${name}$`) }) });
}

async function download(page: Page, menuItem: string): Promise<{ name: string; path: string }> {
  await page.getByRole('button', { name: /^Exportieren/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: menuItem }).click()]);
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

describe('compare journey', () => {
  const baseUrl = inject('baseUrl');
  let s: BrowserSession;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('should open the comparison of the Wohngeld samples and show steps × districts', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    await expect.poll(async () => (await variantRows(page)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(9);
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('region', { name: `Prozess ${WOHNGELD}` }).getByRole('link', { name: 'Vergleichen' }).click();
    await waitMatrix(page);
    const shownAt = await page.evaluate(() => performance.now());
    console.log(`[compare] samples: page opened → matrix shown in ${Math.round(shownAt - started)} ms (store: ${await page.getAttribute('[data-testid="compare-page"]', 'data-total-ms')} ms)`);
    await page.getByRole('heading', { name: `Vergleich: ${WOHNGELD}` }).waitFor();
    const headers = await page.locator('[data-testid="step-matrix"] thead th').allInnerTexts();
    expect(headers).toHaveLength(8);
    expect(headers.join(' ')).toContain('Bezirksamt Neukölln');
    expect(headers[1]).toContain('SOLL');
    expect(await page.locator('[data-testid="matrix-row"]').count()).toBeGreaterThan(10);
    expect(await page.locator('[data-testid="step-matrix"] td.gap').count()).toBeGreaterThan(0);
    await expect.poll(() => stepRow(page, STEP).count()).toBe(1);
    // districts that start with the message event „Antrag eingegangen“ fill the receipt step, marked as an event
    const receipt = page.locator('[data-testid="matrix-row"]').filter({ hasText: 'Antrag am Schalter entgegennehmen' });
    expect(await receipt.locator('.event-badge').count()).toBeGreaterThanOrEqual(2);
    expect(await receipt.locator('.event-badge').first().getAttribute('title')).toContain('empfängt');
    // keyboard: one cell is the tab stop, arrows move between filled cells, Enter opens a cell
    const stop = page.locator('[data-testid="step-matrix"] button.cell-btn[tabindex="0"]');
    expect(await stop.count()).toBe(1);
    await stop.focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBeTruthy();
    expect(await page.locator('[data-testid="step-matrix"] button.cell-btn[tabindex="0"]').getAttribute('aria-label')).toBe(focused);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toContain(focused!.split(':')[0]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await screenshot(page, 'compare-matrix');
  });

  it('should explain in a cell why its activity belongs to the step, for an event too', async () => {
    const { page } = s;
    const receipt = page.locator('[data-testid="matrix-row"]').filter({ hasText: 'Antrag am Schalter entgegennehmen' });
    await receipt.locator('.event-badge').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /^Warum gehört/ }).first().click();
    const panel = dialog.getByTestId('explain-panel');
    await panel.waitFor({ timeout: 20_000 });
    // one row per other member of the step, each with a score and the label similarity behind it
    expect(await panel.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await panel.locator('tbody tr td.num').first().innerText()).toMatch(/^\d+ %$/);
    expect(await panel.innerText()).toContain('Beschriftung');
    expect(await panel.innerText()).toContain('gelesen als „empfangen“');
    await screenshot(page, 'compare-explain');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('should confirm a step, keep it after a reload and list it in the protocol', async () => {
    const { page } = s;
    const row = stepRow(page, STEP);
    await row.getByRole('button', { name: `Schritt „${STEP}“ bestätigen` }).click();
    await row.getByText('✓ bestätigt').waitFor({ timeout: 30_000 });
    await page.reload();
    await waitMatrix(page);
    await stepRow(page, STEP).getByText('✓ bestätigt').waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Protokoll' }).click();
    const entry = page.locator('[data-testid="log-entry"]').first();
    await expect.poll(() => entry.innerText()).toContain('Bestätigt');
    expect(await entry.innerText()).toContain('angewendet');
  });

  it('should show the similarity heatmap with the measure explained', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Ähnlichkeit' }).click();
    const heatmap = page.locator('[data-testid="heatmap"]');
    await heatmap.waitFor();
    expect(await heatmap.locator('tbody tr').count()).toBe(7);
    await page.getByText(/50 % gemeinsame Schritte/).waitFor();
    await screenshot(page, 'compare-heatmap');
  });

  it('should list a district’s deviations from the SOLL and mark them on its diagram', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Abweichungen vom SOLL' }).click();
    await page.getByRole('button', { name: 'Abweichungen von Bezirksamt Neukölln anzeigen' }).click();
    const diagram = page.locator('[data-testid="deviation-diagram"]');
    await diagram.locator('.djs-element').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => diagram.locator('.gpm-diff-extra, .gpm-diff-order, .gpm-diff-role').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const lists = await page.locator('[data-testid="deviation-lists"]').innerText();
    expect(lists).toContain('Fehlende SOLL-Schritte');
    expect(lists).toContain('Zusätzliche Schritte');
    await screenshot(page, 'compare-soll-deviations');
  });

  it('should show two variants side by side and select the match on the other side', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Zwei Varianten nebeneinander' }).click();
    await page.getByRole('combobox', { name: 'Rechte Variante' }).selectOption({ label: 'Bezirksamt Neukölln (IST)' });
    const left = page.locator('[data-testid="pair-left"]');
    const right = page.locator('[data-testid="pair-right"]');
    await left.locator('[data-element-id="Activity_Wohngeld_berechnen"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => right.locator('.gpm-diff-matched, .gpm-diff-differs').count(), { timeout: 10_000 }).toBeGreaterThan(3);
    expect(await left.locator('.gpm-diff-only-left').count()).toBeGreaterThan(0);
    await left.locator('[data-element-id="Activity_Wohngeld_berechnen"]').click();
    await expect.poll(() => right.locator('.djs-shape.selected').count(), { timeout: 10_000 }).toBe(1);
    const partner = await right.locator('.djs-shape.selected').getAttribute('data-element-id');
    const partnerLabel = await right.locator(`[data-element-id="${partner}"] text`).allTextContents();
    expect(partnerLabel.join(' ').replace(/\s+/g, ' ')).toContain('Berechnung des Wohngeldes');
    expect(await page.locator('[data-testid="pair-selection"]').innerText()).toContain('Wohngeld berechnen');
    // and back: clicking on the right selects on the left
    const bescheid = right.locator('.djs-shape.gpm-diff-matched, .djs-shape.gpm-diff-differs').first();
    const rightId = await bescheid.getAttribute('data-element-id');
    await bescheid.click();
    await expect.poll(() => left.locator('.djs-shape.selected').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(rightId).toBeTruthy();
    await screenshot(page, 'compare-side-by-side');
  });

  it('should download the matrix as CSV and everything as XLSX with the expected content', async () => {
    const { page } = s;
    const csv = await download(page, 'Matrix als CSV');
    expect(csv.name).toBe(`${WOHNGELD} – Matrix.csv`);
    const text = readFileSync(csv.path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Schritt;Unterstützung;Anteil;Konfidenz;Bestätigt');
    expect(text).toMatch(new RegExp(`${STEP};\\d+;[\\d,]+;1;ja`));
    expect(text).toContain('Bezirksamt Neukölln: Aktivität');

    const xlsx = await download(page, 'Matrix, Abweichungen und Ähnlichkeit als Excel (.xlsx)');
    expect(xlsx.name).toBe(`${WOHNGELD} – Vergleich.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Abweichungen', 'Ähnlichkeit']);
    const matrix = wb.getWorksheet('Matrix')!;
    const names = matrix.getColumn(1).values.slice(3);
    expect(names).toContain(STEP);
    expect(String(wb.getWorksheet('Abweichungen')!.getRow(1).getCell(1).value)).toBe('Variante');

    const png = await download(page, 'Heatmap als PNG');
    expect(png.name).toBe(`${WOHNGELD} – Ähnlichkeit.png`);
    expect(readFileSync(png.path).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('should generate a SOLL proposal and open it in the editor', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'SOLL-Vorschlag' }).click();
    const slider = page.getByRole('slider');
    const rows = page.locator('[data-testid="soll-preview"] tbody tr');
    await page.getByText('Schritte, die mindestens 4 von 6 Varianten enthalten').waitFor();
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const majority = await rows.count();
    await slider.focus();
    await slider.press('Home');
    await page.getByText('Schritte, die mindestens 1 von 6 Varianten enthalten').waitFor();
    // the preview table follows the slider in a deferred render
    await expect.poll(() => rows.count()).toBeGreaterThan(majority);
    const all = await rows.count();
    for (let k = 1; k < 4; k++) await slider.press('ArrowRight');
    await page.getByText('Schritte, die mindestens 4 von 6 Varianten enthalten').waitFor();
    await expect.poll(() => page.locator('[data-testid="soll-preview"] tbody tr').count()).toBeLessThan(all);
    const preview = await page.locator('[data-testid="soll-preview"]').innerText();
    expect(preview).toContain(STEP);
    expect(preview).toContain('Bezirksamt Neukölln');
    await page.getByRole('button', { name: 'Als SOLL-Variante anlegen' }).click();
    await page.waitForURL(/#\/variante\//, { timeout: 30_000 });
    await waitEditor(page);
    await page.getByText(`${WOHNGELD} – SOLL Alle Bezirksämter (SOLL-Vorschlag)`).first().waitFor();
    const labels = await page.locator('[data-testid="modeler-canvas"] .djs-visual text').allTextContents();
    expect(labels.join(' ').replace(/\s+/g, ' ')).toContain(STEP);
    await screenshot(page, 'compare-soll-proposal-editor');
  });

  it('should show what changed between the generated SOLL and its edited working state', async () => {
    const { page } = s;
    const shape = page.locator(`[data-testid="modeler-canvas"] .djs-shape[data-element-id^="Activity_Soll_"]`).first();
    const box = (await shape.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await waitSaved(page);
    await page.goBack();
    await waitMatrix(page);
    await page.getByRole('tab', { name: 'Zwei Versionen einer Variante' }).click();
    await page.getByRole('combobox', { name: 'Variante' }).selectOption({ label: 'Alle Bezirksämter (SOLL-Vorschlag) (SOLL)' });
    await expect.poll(() => page.getByRole('combobox', { name: 'Neuere Version' }).inputValue()).toBe('arbeitsstand');
    await page.getByRole('button', { name: 'Versionen vergleichen' }).click();
    const counts = page.locator('[data-testid="revision-counts"]');
    await counts.waitFor({ timeout: 30_000 });
    expect(await counts.innerText()).toMatch(/0 hinzugefügt · 0 entfernt · \d+ geändert · [1-9]\d* nur verschoben/);
    await expect.poll(() => page.locator('[data-testid="revision-after"] .gpm-diff-moved').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(page, 'compare-revisions');
  });

  it('should have asked for no untranslated UI strings and thrown no page errors', async () => {
    expect(await untranslated(s.page)).toEqual([]);
    expectNoPageErrors(pageErrors(s.page));
  });
});
