// `npm test`: every test — type check, unit/integration/convention tests (Vitest, Node) and the
// browser end-to-end journeys (Playwright in Debian's Chromium).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './helpers/ensureChromium.mjs';

function step(title, cmd, args) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  if (r.status !== 0) {
    console.error(`\n✗ ${title} fehlgeschlagen (${secs} s)`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${title} (${secs} s)`);
}

ensureChromium();
step('Typprüfung (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('Unit-, Integrations- und Konventionstests (Vitest)', 'npx', ['vitest', 'run']);
step('End-to-End-Tests (Chromium)', 'node', ['tests/e2e/run.mjs']);
