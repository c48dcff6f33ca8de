import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, pageErrors, type BrowserSession } from './support/browser';
import { expectNoPageErrors, openLibrary, waitEditor } from './support/app';

/**
 * The live lint re-checks only what an edit touched (incremental linter fed by bpmn-js'
 * `elements.changed`). After a series of real edits its findings must equal a full lint —
 * forced here by switching the profile away and back.
 */
describe('incremental live lint', () => {
  const baseUrl = inject('baseUrl');
  let s: BrowserSession;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.dispose();
  });

  /** Findings per rule as the panel lists them (rule groups may be collapsed; their counts are shown). */
  const findingIds = async (page: Page) =>
    (await page.getByTestId('findings-panel').locator('[data-testid="rule-group"]').evaluateAll((nodes) =>
      nodes.map((n) => `${n.closest('section')?.getAttribute('aria-label')}|${n.getAttribute('data-rule')}|${n.querySelector('.rule-count')?.textContent}`)
    )).sort();
  const openCount = async (page: Page) => Number(await page.getByTestId('findings-summary').getAttribute('data-open'));

  it('should show the same findings after edits as a full lint does', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    await page.getByRole('link', { name: /Neukölln öffnen/ }).click();
    await waitEditor(page);
    await page.getByTestId('findings-tab').click();
    await expect.poll(() => openCount(page), { timeout: 20_000 }).toBeGreaterThan(0);
    const before = await openCount(page);

    // 1. rename a noun-style task into object + infinitive (a naming finding disappears)
    const task = page.locator('[data-testid="modeler-canvas"] .djs-element.djs-shape', { hasText: 'Prüfung der Miete' }).first();
    await task.dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Miete prüfen');
    await page.locator('[data-testid="modeler-canvas"] svg').first().click({ position: { x: 600, y: 30 } });
    await expect.poll(() => openCount(page)).toBe(before - 1);

    // 2. delete a sequence flow (structure findings appear), 3. undo it again, 4. delete it once more
    const flow = page.locator('[data-testid="modeler-canvas"] .djs-element.djs-connection[data-element-id^="Flow_"]').nth(3);
    await flow.click({ force: true });
    await page.keyboard.press('Delete');
    await expect.poll(() => openCount(page)).toBeGreaterThan(before - 1);
    const afterDelete = await findingIds(page);

    // a full lint: switch the profile away and back
    const profile = page.getByTestId('findings-panel').getByLabel('Prüfprofil');
    await profile.selectOption('experte');
    await expect.poll(async () => (await findingIds(page)).join('\n')).not.toBe(afterDelete.join('\n'));
    await profile.selectOption('basis');
    await expect.poll(async () => (await findingIds(page)).join('\n')).toBe(afterDelete.join('\n'));
    expectNoPageErrors(pageErrors(page));
  });
});
