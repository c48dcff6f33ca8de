/**
 * Write the generated benchmark models as `.bpmn` files, for benchmarks that run as plain Node
 * scripts or in the browser and cannot import the TypeScript generator:
 *
 *   npx tsx bench/support/writeGeneratedModels.ts [outDir] [sizes…]
 *
 * Defaults: `bench-results/models/` (git-ignored), sizes 50 200 1000 5000, seed 1 →
 * `generated-1000.bpmn` etc.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateModelXml } from './generateModel';

/** The benchmark sizes named in the architecture notes. */
export const BENCHMARK_SIZES = [50, 200, 1000, 5000] as const;

/** Write `generated-<n>.bpmn` for every size into `dir`; returns the written paths. */
export async function writeGeneratedModels(dir: string, sizes: readonly number[] = BENCHMARK_SIZES, seed = 1): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const n of sizes) {
    const path = join(dir, `generated-${n}.bpmn`);
    writeFileSync(path, await generateModelXml(n, seed));
    paths.push(path);
  }
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [outDir = resolve(fileURLToPath(import.meta.url), '../../../bench-results/models'), ...sizes] = process.argv.slice(2);
  writeGeneratedModels(outDir, sizes.length ? sizes.map(Number) : BENCHMARK_SIZES)
    .then((paths) => paths.forEach((p) => console.log(p)))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
