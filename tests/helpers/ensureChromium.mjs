// Makes sure Debian's Chromium is available for the browser tests and benchmarks.
// On a fresh Debian machine as root it installs the `chromium` package; elsewhere it says
// exactly what to install. Playwright's own browser download is never used.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium fehlt – installiere Debians Paket „chromium“ (apt-get install -y chromium) …');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/bash' });
    if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  }
  console.error(
    `Chromium wurde unter ${CHROMIUM_PATH} nicht gefunden.\n` +
    'Bitte installieren: auf Debian/Ubuntu „sudo apt-get install -y chromium“, oder den Pfad zu einem\n' +
    'Chromium/Chrome in der Umgebungsvariablen CHROMIUM_PATH angeben.'
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
