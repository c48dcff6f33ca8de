import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateModelXml } from '../support/generateModel';
import { launch, SCREENSHOT_DIR, type BrowserSession } from '../../tests/e2e/support/browser';
import { openLibrary, waitEditor, waitSaved } from '../../tests/e2e/support/app';

/**
 * Measurement, not a test (a benchmark, never part of npm test): the time from an edit (an
 * arrow-key move of a task) to updated findings on screen, for generated models of 200 and
 * 1,000 flow nodes, with the live lint on the main thread and in the worker. Prints a table and
 * writes `test-results/live-lint-latency-<sizes>.json`.
 *
 *   npm run bench:live-lint
 *   (GPM_LATENCY_SIZES=100,300,500 for other model sizes)
 */
const SIZES = (process.env.GPM_LATENCY_SIZES ?? '200,1000').split(',').map(Number);
const EDITS = 8;

interface Sample {
  /** keydown → findings rendered (next animation frame after the store update). */
  keyToScreen: number;
  /** commandStack.changed → result applied in the store (our own mark). */
  changeToResult: number;
  /** The lint run itself (engine figure). */
  lintMs: number;
  via: string;
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

/** Move the selected task one step right and wait for the next findings on screen. */
async function timedEdit(page: Page): Promise<Sample> {
  // 1. arm: remember the keydown time and wait for a newer lint result (set up before the key is sent)
  await page.evaluate(() => {
    type S = { liveLint: { requestId: number; latencyMs?: number; via: string; result: { stats: { durationMs: number } } } | null };
    const w = window as unknown as { __gpmStore: { getState(): S; subscribe(fn: (s: S) => void): () => void }; __latency?: Promise<Sample> };
    const before = w.__gpmStore.getState().liveLint?.requestId ?? 0;
    let keyAt = NaN;
    window.addEventListener('keydown', (e) => (keyAt = e.timeStamp), { capture: true, once: true });
    w.__latency = new Promise<Sample>((resolve) => {
      const unsubscribe = w.__gpmStore.subscribe((s) => {
        const live = s.liveLint;
        if (!live || live.requestId <= before) return;
        unsubscribe();
        requestAnimationFrame(() =>
          resolve({ keyToScreen: performance.now() - keyAt, changeToResult: live.latencyMs ?? NaN, lintMs: live.result.stats.durationMs, via: live.via })
        );
      });
    });
  });
  // 2. edit, 3. wait for the findings
  await page.keyboard.press('ArrowRight');
  return page.evaluate(() => (window as unknown as { __latency: Promise<Sample> }).__latency);
}

describe('live lint latency (measurement)', () => {
  const baseUrl = inject('baseUrl');
  let s: BrowserSession;
  const results: Record<string, { n: number; mode: string; medianKeyToScreen: number; medianChangeToResult: number; medianLintMs: number; samples: Sample[] }> = {};

  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.dispose();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, `live-lint-latency-${SIZES.join('-')}.json`), JSON.stringify(results, null, 2));
    console.table(Object.values(results).map(({ samples, ...r }) => ({ ...r, medianKeyToScreen: Math.round(r.medianKeyToScreen), medianChangeToResult: Math.round(r.medianChangeToResult), medianLintMs: Math.round(r.medianLintMs), edits: samples.length })));
  });

  for (const n of SIZES) {
    it(`should measure the live lint at ${n} flow nodes`, async () => {
      const { page } = s;
      await openLibrary(page, baseUrl);
      await page.getByLabel('BPMN-Dateien importieren').setInputFiles([{ name: `gen-${n}.bpmn`, mimeType: 'application/xml', buffer: Buffer.from(await generateModelXml(n)) }]);
      const dialog = page.getByRole('dialog', { name: 'BPMN-Dateien importieren' });
      await dialog.getByRole('textbox', { name: 'Prozess (Leistung)' }).fill(`Gen${n}`);
      await dialog.getByRole('button', { name: '1 Modell importieren' }).click();
      await page.getByText('1 Modell importiert.').waitFor();

      for (const mode of ['main', 'worker'] as const) {
        await page.evaluate((t) => localStorage.setItem('gpm.lintWorkerThreshold', t), mode === 'main' ? '1000000' : '0');
        await openLibrary(page, baseUrl);
        await page.getByRole('link', { name: new RegExp(`Gen${n} – IST .* öffnen`) }).click();
        await waitEditor(page);
        await page.waitForFunction(() => !!(window as unknown as { __gpmStore: { getState(): { liveLint: unknown } } }).__gpmStore.getState().liveLint, undefined, { timeout: 60_000 });
        await page.locator('[data-testid="modeler-canvas"] .djs-shape[data-element-id^="Activity"]').first().click({ force: true });
        const samples: Sample[] = [];
        for (let i = 0; i < EDITS + 2; i++) {
          const sample = await timedEdit(page);
          if (i >= 2) samples.push(sample);
          await waitSaved(page);
          await page.waitForTimeout(150);
        }
        expect(samples.every((x) => x.via === mode)).toBe(true);
        results[`${n}-${mode}`] = {
          n,
          mode,
          medianKeyToScreen: median(samples.map((x) => x.keyToScreen)),
          medianChangeToResult: median(samples.map((x) => x.changeToResult)),
          medianLintMs: median(samples.map((x) => x.lintMs)),
          samples
        };
      }
      await page.evaluate(() => localStorage.removeItem('gpm.lintWorkerThreshold'));
    });
  }
});
