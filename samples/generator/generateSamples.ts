/**
 * Write `samples/**.bpmn` and `samples/index.json` from the readable specs in `samples/generator/`,
 * through the workbench's own layout builder. Output is deterministic, so the committed files can
 * be checked for staleness: `--check` exits 1 when a file differs from what would be written.
 *
 *   npx tsx samples/generator/generateSamples.ts           # write
 *   npx tsx samples/generator/generateSamples.ts --check   # verify only
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBpmnXml } from '../../src/bpmn/layout/buildBpmnXml';
import { ALL_SAMPLES } from './allSamples';
import { indexEntry } from './sampleDefinition';

const SAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const outputs: Array<{ path: string; text: string }> = [];
  for (const sample of ALL_SAMPLES) {
    outputs.push({ path: join(SAMPLES_DIR, sample.file), text: await buildBpmnXml(sample.spec, { adjustLayout: sample.adjustLayout }) });
  }
  outputs.push({ path: join(SAMPLES_DIR, 'index.json'), text: `${JSON.stringify(ALL_SAMPLES.map(indexEntry), null, 2)}\n` });

  let stale = 0;
  for (const { path, text } of outputs) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === text) continue;
    stale++;
    if (check) {
      console.error(`veraltet: ${path}`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`geschrieben: ${path}`);
    }
  }
  if (check && stale > 0) process.exit(1);
  console.log(`${outputs.length} Dateien, ${stale} ${check ? 'veraltet' : 'geändert'}.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
