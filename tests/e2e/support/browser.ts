import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Flags for Debian's Chromium in a closed network (no background connections). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage'
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve(__dirname, '../../../test-results');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
  /** Close the browser; the profile (and its IndexedDB) stays until `dispose`. */
  close(): Promise<void>;
  /** Close and delete the profile. */
  dispose(): Promise<void>;
}

/**
 * Start Chromium with a fresh (or the given) profile, so every journey starts from clean storage
 * and a "reload" or a "crash" can be simulated by closing and relaunching on the same profile.
 */
export async function launch(options: { userDataDir?: string; viewport?: { width: number; height: number } } = {}): Promise<BrowserSession> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'gpm-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1366, height: 768 },
    locale: 'de-DE',
    acceptDownloads: true
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const session: BrowserSession = {
    context,
    page,
    userDataDir,
    close: async () => {
      await context.close();
    },
    dispose: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    }
  };
  (page as unknown as { __errors: string[] }).__errors = errors;
  return session;
}

/** Uncaught page errors seen so far. */
export function pageErrors(page: Page): string[] {
  return (page as unknown as { __errors?: string[] }).__errors ?? [];
}

/** Save a screenshot under test-results/ (notifications hidden for the shot, so the screen itself shows). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.id = 'e2e-hide-toasts';
    style.textContent = '.toasts { visibility: hidden !important; }';
    document.head.appendChild(style);
  });
  try {
    await page.screenshot({ path });
  } finally {
    await page.evaluate(() => document.getElementById('e2e-hide-toasts')?.remove());
  }
  return path;
}
