import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createModdle } from '../../src/bpmn/moddle';
import { modelSignature } from '../helpers/modelSignature';
import { launch, pageErrors, screenshot, type BrowserSession } from './support/browser';
import { countLabels, expectNoPageErrors, openLibrary, untranslated, variantRows, waitEditor, waitSaved } from './support/app';

/**
 * Journey of a consultant in a workshop: create a process and a variant, model, reload, version,
 * restore, duplicate IST → SOLL, export and re-import, and a bad file that changes nothing.
 */
describe('editor journey', () => {
  const baseUrl = inject('baseUrl');
  let s: BrowserSession;

  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('should create a process and an IST variant from the blank template', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    await page.getByRole('button', { name: '+ Neuer Prozess' }).click();
    await page.getByRole('dialog').getByLabel('Name der Leistung').fill('Hundesteuer');
    await page.getByRole('dialog').getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('dialog').getByLabel('Organisationseinheit').fill('Bezirksamt Pankow');
    await page.getByRole('button', { name: 'Anlegen und öffnen' }).click();
    await waitEditor(page);
    expect(await countLabels(page, 'Antrag prüfen')).toBe(1);
    await screenshot(page, 'editor-blank-variant');
  });

  it('should add a task from the palette, name it "Antrag prüfen", and keep it after a reload', async () => {
    const { page } = s;
    await page.locator('.djs-palette [data-action="create.task"]').click();
    const lane = await page.locator('[data-testid="modeler-canvas"] [data-element-id="Lane_1"]').boundingBox();
    expect(lane).not.toBeNull();
    await page.mouse.click(lane!.x + lane!.width - 60, lane!.y + 40);
    await page.keyboard.type('Antrag prüfen');
    await page.mouse.click(lane!.x + lane!.width / 2, lane!.y + lane!.height + 60);
    expect(await countLabels(page, 'Antrag prüfen')).toBe(2);
    await waitSaved(page);
    await page.reload();
    await waitEditor(page);
    expect(await countLabels(page, 'Antrag prüfen')).toBe(2);
    await screenshot(page, 'editor-after-reload');
  });

  it('should save a version and restore an older one as a new version', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Version speichern' }).click();
    await page.getByRole('dialog').getByLabel('Kommentar').fill('Nach dem Workshop');
    await page.getByRole('dialog').getByRole('button', { name: 'Version speichern' }).click();
    await page.getByText('Version gespeichert: „Nach dem Workshop“').waitFor();
    await page.getByRole('tab', { name: /Versionen/ }).click();
    await expect.poll(() => page.locator('[data-testid="revision"]').count()).toBe(2);
    await screenshot(page, 'editor-versions');
    // restore the first ("Angelegt") revision: the added task disappears, history grows
    await page.getByRole('button', { name: /wiederherstellen/ }).last().click();
    await waitEditor(page);
    await expect.poll(() => countLabels(page, 'Antrag prüfen')).toBe(1);
    await page.getByRole('tab', { name: /Versionen/ }).click();
    await expect.poll(() => page.locator('[data-testid="revision"]').count()).toBe(3);
    expect(await page.locator('[data-testid="revision"]').first().innerText()).toContain('Wiederhergestellt');
  });

  it('should duplicate the IST variant as SOLL', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    const before = await variantRows(page);
    await page.getByRole('button', { name: /Hundesteuer – IST Bezirksamt Pankow duplizieren/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Duplizieren' }).click();
    await expect.poll(async () => (await variantRows(page)).length).toBe(before.length + 1);
    const rows = await variantRows(page);
    expect(rows.some((r) => r.includes('SOLL') && r.includes('Bezirksamt Pankow'))).toBe(true);
    await screenshot(page, 'library-after-duplicate');
  });

  it('should refuse a bad file with a German message and leave the library unchanged', async () => {
    const { page } = s;
    // the library checks new variants against the convention in the background; let it finish first
    await expect.poll(() => page.locator('[data-testid="variant-row"] [title="Noch nicht geprüft"]').count(), { timeout: 30_000 }).toBe(0);
    const before = await variantRows(page);
    await page.getByLabel('BPMN-Dateien importieren').setInputFiles([
      { name: 'kaputt.bpmn', mimeType: 'application/xml', buffer: Buffer.from('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process') },
      { name: 'boese.bpmn', mimeType: 'application/xml', buffer: Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>') }
    ]);
    const dialog = page.getByRole('dialog', { name: 'BPMN-Dateien importieren' });
    await dialog.getByText(/„kaputt\.bpmn“ ist keine XML-Datei/).waitFor();
    await dialog.getByText(/„boese\.bpmn“ enthält eine DOCTYPE/).waitFor();
    await screenshot(page, 'import-bad-files');
    expect(await dialog.getByRole('button', { name: /importieren/ }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await variantRows(page)).toEqual(before);
  });

  it('should edit GPM attributes in the properties panel (undoable) and show the status in the library', async () => {
    const { page } = s;
    await page.getByRole('link', { name: /Hundesteuer – IST Bezirksamt Pankow öffnen/ }).click();
    await waitEditor(page);
    const panel = page.locator('.bio-properties-panel');
    // an activity: Bearbeitung (GPM)
    await page.locator('[data-testid="modeler-canvas"] .djs-element.djs-shape[data-element-id="Activity_1"]').click();
    await panel.locator('.bio-properties-panel-group-header', { hasText: 'Bearbeitung (GPM)' }).click();
    await panel.getByLabel('Medium', { exact: true }).selectOption('papier');
    await panel.getByLabel('Bearbeitungszeit (Minuten)').fill('15');
    await panel.getByLabel('Bearbeitungszeit (Minuten)').press('Tab');
    await screenshot(page, 'editor-gpm-activity');
    // the process: Steckbrief status, undo and redo
    await page.locator('[data-testid="modeler-canvas"] .djs-element.djs-shape[data-element-id^="Participant"]').first().click({ position: { x: 10, y: 10 } });
    await panel.locator('.bio-properties-panel-group-header', { hasText: 'Prozess-Steckbrief (GPM)' }).click();
    const status = panel.getByLabel('Status', { exact: true });
    await status.selectOption('in_pruefung');
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(() => status.inputValue()).toBe('entwurf');
    await page.getByRole('button', { name: 'Wiederholen' }).click();
    await expect.poll(() => status.inputValue()).toBe('in_pruefung');
    await screenshot(page, 'editor-gpm-steckbrief');
    await waitSaved(page);
    await openLibrary(page, baseUrl);
    await expect.poll(async () => (await variantRows(page)).find((r) => r.includes('Bezirksamt Pankow') && r.includes('IST'))).toContain('In Prüfung');
  });

  it('should export .bpmn and re-import it as the same model', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    await page.getByRole('link', { name: /Hundesteuer – IST Bezirksamt Pankow öffnen/ }).click();
    await waitEditor(page);
    await page.getByRole('button', { name: 'Exportieren ▾' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'BPMN-Datei (.bpmn)' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.bpmn$/);
    // the GPM attributes edited above travel with the file
    expect(exported).toMatch(/<gpm:activityInfo[^>]*medium="papier"/);
    expect(exported).toMatch(/<gpm:activityInfo[^>]*bearbeitungszeit="15"/);
    expect(exported).toMatch(/<gpm:processInfo[^>]*status="in_pruefung"/);

    await openLibrary(page, baseUrl);
    await page.getByLabel('BPMN-Dateien importieren').setInputFiles([{ name: 'hundesteuer-export.bpmn', mimeType: 'application/xml', buffer: Buffer.from(exported) }]);
    const dialog = page.getByRole('dialog', { name: 'BPMN-Dateien importieren' });
    await dialog.getByRole('textbox', { name: 'Prozess (Leistung)' }).fill('Hundesteuer Reimport');
    await dialog.getByRole('button', { name: '1 Modell importieren' }).click();
    await page.getByText('1 Modell importiert.').waitFor();
    await page.getByRole('link', { name: /Hundesteuer Reimport – IST Bezirksamt Pankow öffnen/ }).click();
    await waitEditor(page);
    await page.getByRole('button', { name: 'Exportieren ▾' }).click();
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'BPMN-Datei (.bpmn)' }).click()]);
    const reexported = readFileSync((await again.path())!, 'utf8');
    const a = modelSignature((await createModdle().fromXML(exported)).rootElement);
    const b = modelSignature((await createModdle().fromXML(reexported)).rootElement);
    expect(b.lines).toEqual(a.lines);
  });

  it('should open the search with Strg+F and the shortcut help with ?', async () => {
    const { page } = s;
    await page.getByRole('heading', { name: 'Prozessbibliothek' }).isVisible().then(async (onLibrary) => {
      if (onLibrary) {
        await page.getByRole('link', { name: /Hundesteuer – IST Bezirksamt Pankow öffnen/ }).click();
      }
    });
    await waitEditor(page);
    await page.getByRole('button', { name: 'Rückgängig' }).focus();
    await page.keyboard.press('Control+f');
    const search = page.locator('.djs-search-container input');
    await search.waitFor();
    await search.pressSequentially('Antrag');
    await page.locator('.djs-search-results .djs-search-result').first().waitFor();
    await screenshot(page, 'editor-search');
    await page.keyboard.press('Escape');
    await page.locator('body').press('?');
    await page.getByRole('dialog', { name: 'Tastenkürzel' }).waitFor();
    await screenshot(page, 'editor-shortcuts');
    await page.getByRole('dialog', { name: 'Tastenkürzel' }).getByRole('button', { name: 'Schließen' }).click();
  });

  it('should have asked for no untranslated UI strings and thrown no page errors', async () => {
    expect(await untranslated(s.page)).toEqual([]);
    expectNoPageErrors(pageErrors(s.page));
  });
});
