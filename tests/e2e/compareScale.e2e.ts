import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { syntheticVariants } from '../../bench/compare/syntheticVariants';
import { buildBpmnXml } from '../../src/bpmn/layout/buildBpmnXml';
import type { ProcessSpec, SpecLane, SpecNode } from '../../src/domain/model/processSpec';
import { launch, pageErrors, screenshot, type BrowserSession } from './support/browser';
import { expectNoPageErrors, openLibrary } from './support/app';

/**
 * The comparison at the size of a city-wide project: 12 district variants × 150 activities
 * (synthetic, from `bench/compare/`), imported as BPMN files, compared in the browser. Prints
 * how long opening the comparison takes until the matrix is shown, the worker's share, the
 * longest main-thread task meanwhile (the page must stay responsive) and how long a decision
 * takes until the matrix shows it. Asserts behaviour only, never times.
 */
const PROCESS = 'Musterleistung';
const VARIANTS = 12;
const ACTIVITIES = 150;

async function syntheticFiles(): Promise<Array<{ name: string; mimeType: string; buffer: Buffer }>> {
  const { variants } = syntheticVariants(VARIANTS, ACTIVITIES);
  const files = [];
  for (const [v, variant] of variants.entries()) {
    const lanes: SpecLane[] = variant.graph.lanes.map((l) => ({ id: l.id, name: l.name }));
    const nodes: SpecNode[] = variant.graph.nodes.map((n) => ({
      id: n.id,
      type: n.kind === 'task' ? 'bpmn:UserTask' : n.kind === 'startEvent' ? 'bpmn:StartEvent' : 'bpmn:EndEvent',
      name: n.name || (n.kind === 'startEvent' ? 'Antrag eingegangen' : 'Antrag erledigt'),
      ...(n.laneId ? { laneId: n.laneId } : {}),
      ...(n.kind === 'task' ? { attributes: { rolle: variant.graph.lanes.find((l) => l.id === n.laneId)?.name } } : {})
    }));
    const spec: ProcessSpec = {
      id: `Process_${v + 1}`,
      name: PROCESS,
      attributes: { organisationseinheit: `Bezirk ${String(v + 1).padStart(2, '0')}`, modellart: 'IST', status: 'entwurf' },
      lanes,
      nodes,
      flows: variant.graph.flows.map((f) => ({ id: f.id, sourceId: f.sourceId, targetId: f.targetId }))
    };
    files.push({ name: `musterleistung-ist-bezirk-${v + 1}.bpmn`, mimeType: 'application/xml', buffer: Buffer.from(await buildBpmnXml(spec)) });
  }
  return files;
}

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
}

describe('compare at scale (12 × 150)', () => {
  const baseUrl = inject('baseUrl');
  let s: BrowserSession;
  beforeAll(async () => {
    s = await launch();
    await s.page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
    });
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('should compare 12 imported variants of 150 activities and keep the page responsive', async () => {
    const { page } = s;
    await openLibrary(page, baseUrl);
    const files = await syntheticFiles();
    await page.getByLabel('BPMN-Dateien importieren').setInputFiles(files);
    const dialog = page.getByRole('dialog', { name: 'BPMN-Dateien importieren' });
    await dialog.getByRole('button', { name: `${VARIANTS} Modelle importieren` }).click({ timeout: 120_000 });
    const card = page.getByRole('region', { name: `Prozess ${PROCESS}` });
    await card.waitFor({ timeout: 120_000 });
    await longTasks(page);

    const figures: string[] = [];
    for (const round of ['erstes Öffnen nach dem Laden der Seite (Worker starten, Thesaurus laden, Modelle parsen)', 'erneutes Öffnen über die Bibliothek (Modelle im Worker zwischengespeichert)']) {
      if (round.startsWith('erstes')) await page.goto(baseUrl);
      else await page.getByRole('link', { name: '← Bibliothek' }).click();
      await page.getByRole('heading', { name: 'Prozessbibliothek' }).waitFor();
      await longTasks(page);
      const started = await page.evaluate(() => performance.now());
      await page.getByRole('region', { name: `Prozess ${PROCESS}` }).getByRole('link', { name: 'Vergleichen' }).click();
      await page.locator('[data-testid="compare-page"][data-status="done"]').waitFor({ timeout: 120_000 });
      await page.locator('[data-testid="matrix-row"]').first().waitFor();
      const shown = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));
      const timings = await page.evaluate(() => (window as unknown as { __gpmStore: { getState(): { compare: { timings?: unknown } } } }).__gpmStore.getState().compare.timings);
      const tasks = await longTasks(page);
      figures.push(
        `${round}: Seite geöffnet → Matrix sichtbar ${Math.round(shown - started)} ms; Store ${JSON.stringify(timings)}; längste Hauptthread-Aufgabe ${Math.max(0, ...tasks)} ms (${tasks.length} über 50 ms)`
      );
    }
    const rows = await page.locator('[data-testid="matrix-row"]').count();
    expect(rows).toBeGreaterThan(ACTIVITIES);
    expect(await page.locator('[data-testid="step-matrix"] thead th').count()).toBe(VARIANTS + 1);

    // a decision: stored, matched again in the worker, matrix re-rendered
    const first = page.locator('[data-testid="matrix-row"]').first();
    const name = (await first.locator('.step-name').innerText()).trim();
    await longTasks(page);
    const t0 = await page.evaluate(() => performance.now());
    await first.getByRole('button', { name: `Schritt „${name}“ bestätigen` }).click();
    await page.locator('[data-testid="matrix-row"]', { hasText: name }).first().getByText('✓ bestätigt').waitFor({ timeout: 60_000 });
    const t1 = await page.evaluate(() => performance.now());
    const decisionTasks = await longTasks(page);
    const decisionTimings = await page.evaluate(() => (window as unknown as { __gpmStore: { getState(): { compare: { timings?: unknown } } } }).__gpmStore.getState().compare.timings);
    figures.push(`Entscheidung (Bestätigen) → Matrix aktualisiert ${Math.round(t1 - t0)} ms; Store ${JSON.stringify(decisionTimings)}; längste Hauptthread-Aufgabe ${Math.max(0, ...decisionTasks)} ms`);

    // hover and scroll over the big table
    const h0 = await page.evaluate(() => performance.now());
    for (let i = 0; i < 20; i++) await page.locator('[data-testid="matrix-row"]').nth(i).hover();
    await page.locator('.matrix-scroll').evaluate((el) => el.scrollBy(0, 4000));
    const h1 = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));
    const hoverTasks = await longTasks(page);
    figures.push(`20 Zeilen überfahren + Scrollen ${Math.round(h1 - h0)} ms; längste Hauptthread-Aufgabe ${Math.max(0, ...hoverTasks)} ms`);
    await screenshot(page, 'compare-matrix-12x150');
    console.log(`[compare 12×150, ${rows} Schritte]\n  ${figures.join('\n  ')}`);
    expectNoPageErrors(pageErrors(page));
  });
});
