import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Wait until the library page shows (after first start with sample loading). */
export async function openLibrary(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Prozessbibliothek' }).waitFor();
}

/** Wait until the autosave indicator says "Gespeichert". */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state') === 'saved', undefined, { timeout: 20_000 });
}

/** Wait until the editor shows a model. */
export async function waitEditor(page: Page): Promise<void> {
  await page.locator('[data-testid="modeler-canvas"] .djs-element').first().waitFor({ timeout: 30_000 });
}

/** Number of diagram labels with exactly this text. */
export async function countLabels(page: Page, text: string): Promise<number> {
  return page.locator('[data-testid="modeler-canvas"] .djs-visual text').evaluateAll(
    (nodes, t) => nodes.filter((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim() === t).length,
    text
  );
}

/** The variant rows' texts currently listed. */
export async function variantRows(page: Page): Promise<string[]> {
  return page.locator('[data-testid="variant-row"]').allInnerTexts();
}

/** German strings the UI asked for that had no translation. */
export async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __gpmUntranslated?: string[] }).__gpmUntranslated ?? []);
}

export function expectNoPageErrors(errors: string[]): void {
  expect(errors, `Seitenfehler: ${errors.join('\n')}`).toEqual([]);
}
