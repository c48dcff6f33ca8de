// Runs the browser end-to-end journeys (see tests/e2e/vitest.e2e.config.ts).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from '../helpers/ensureChromium.mjs';

ensureChromium();
const r = spawnSync('npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
