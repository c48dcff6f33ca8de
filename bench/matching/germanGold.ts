/**
 * `npx tsx bench/matching/germanGold.ts [--json] [--verbose]`: scores the matcher on the German
 * gold standard of the sample districts (`tests/fixtures/compare/*-gold.json`, judged by hand):
 * one matching run over all sample files of a process, correspondences = all cross-file member
 * pairs of a step, micro P/R/F1 as for PMMC.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBpmn } from '../../src/bpmn/parseBpmn';
import type { CompareVariant } from '../../src/domain/compare/matching/matchTypes';
import { matchVariants } from '../../src/domain/compare/matching/matchVariants';
import { stepPairs } from '../../src/domain/compare/views/stepPairs';
import { correspondenceKey, scoreAlignment, type Correspondence } from './scoreAlignment';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Gold {
  dataset: string;
  files: Record<string, string>;
  steps: Array<{ name: string; members: string[] }>;
}

/** Load a gold file: its variants (from the samples) and its correspondences. */
export async function loadGermanGold(goldFile: string): Promise<{ variants: CompareVariant[]; gold: Correspondence[]; missing: string[] }> {
  const spec = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const variants: CompareVariant[] = [];
  for (const [short, file] of Object.entries(spec.files)) {
    const parsed = await parseBpmn(readFileSync(join(ROOT, spec.dataset, file), 'utf8'), file, { allowMissingDiagram: true });
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.code}`);
    variants.push({ id: short, name: parsed.value.graph.name || file, graph: parsed.value.graph });
  }
  const exists = new Set(variants.flatMap((v) => v.graph.nodes.map((n) => `${v.id}:${n.id}`)));
  const missing = spec.steps.flatMap((s) => s.members).filter((m) => !exists.has(m));
  const gold: Correspondence[] = [];
  for (const step of spec.steps) {
    for (let i = 0; i < step.members.length; i++) {
      for (let j = i + 1; j < step.members.length; j++) {
        const [a, aId] = step.members[i].split(':');
        const [b, bId] = step.members[j].split(':');
        if (a !== b) gold.push({ a, aId, b, bId });
      }
    }
  }
  return { variants, gold, missing };
}

/** The German gold files (`tests/fixtures/compare/*-gold.json`). */
export function germanGoldFiles(): string[] {
  const dir = join(ROOT, 'tests/fixtures/compare');
  return readdirSync(dir).filter((f) => f.endsWith('-gold.json')).sort().map((f) => join(dir, f));
}

/** Match the models of one German gold file and score the result. */
export async function scoreGermanGold(goldFile: string) {
  const { variants, gold, missing } = await loadGermanGold(goldFile);
  const started = performance.now();
  const result = matchVariants(variants);
  const matchMs = Math.round(performance.now() - started);
  const predicted = stepPairs(result).map((p) => ({ a: p.source.variantId, aId: p.source.elementId, b: p.target.variantId, bId: p.target.elementId }));
  const scores = scoreAlignment(predicted, gold);
  return { gold: goldFile.split('/').pop()!, models: variants.length, goldPairs: new Set(gold.map(correspondenceKey)).size, predicted: predicted.length, missing, matchMs, ...scores, variants, goldCells: gold, predictedCells: predicted };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const results = [];
  for (const goldFile of germanGoldFiles()) {
    const r = await scoreGermanGold(goldFile);
    const { variants, goldCells: gold, predictedCells: predicted, missing, ...scores } = r;
    const file = r.gold;
    const ms = r.matchMs;
    results.push({ ...scores, missing });
    if (!json) {
      console.log(`${file}: ${variants.length} Modelle, ${new Set(gold.map(correspondenceKey)).size} Gold-Paare, ${predicted.length} vorhergesagt, ${Math.round(ms)} ms`);
      console.log(`  P ${scores.precision.toFixed(3)}  R ${scores.recall.toFixed(3)}  F1 ${scores.f1.toFixed(3)}   (TP ${scores.tp}, FP ${scores.fp}, FN ${scores.fn})`);
      if (missing.length) console.log(`  Warnung: ${missing.length} Gold-Elemente fehlen in den Beispielen: ${missing.join(', ')}`);
      if (verbose) {
        const labels = new Map(variants.flatMap((v) => v.graph.nodes.map((n) => [`${v.id}#${n.id}`, n.name] as [string, string])));
        const g = new Set(gold.map(correspondenceKey));
        const p = new Set(predicted.map(correspondenceKey));
        const show = (k: string) => k.split('|').map((x) => `${x.split('#')[0]}:"${labels.get(x)}"`).join('  =  ');
        console.log('  Falsch positiv:');
        for (const k of [...p].filter((k) => !g.has(k)).sort()) console.log('    ' + show(k));
        console.log('  Falsch negativ:');
        for (const k of [...g].filter((k) => !p.has(k)).sort()) console.log('    ' + show(k));
      }
    }
  }
  if (json) console.log(JSON.stringify({ germanGold: results }, null, 2));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
