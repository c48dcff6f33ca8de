/**
 * `npm run bench:compare [-- --json]`: how matching + matrix time grows with the number of
 * variants (2 … 24, 150 activities each) and with the number of activities (20 … 300, 12 variants),
 * on synthetic district variants (see `syntheticVariants.ts`). Median of 3 runs after a warm-up
 * (`--quick`: fewer sizes, one run);
 * the one-off lexicon load is reported separately. Also prints P/R/F1 against the generator's truth.
 */
import { matchVariants } from '../../src/domain/compare/matching/matchVariants';
import { buildStepMatrix } from '../../src/domain/compare/views/stepMatrix';
import { stepPairs } from '../../src/domain/compare/views/stepPairs';
import { defaultLexicon } from '../../src/domain/compare/text/lexicon';
import { englishLexicon } from '../../src/domain/compare/text/englishLexicon';
import { scoreAlignment, type Correspondence } from '../matching/scoreAlignment';
import { syntheticVariants } from './syntheticVariants';

interface Row {
  variants: number;
  activities: number;
  totalActivities: number;
  medianMs: number;
  /** CPU time of the median run (user + system; less sensitive to other load on the machine). */
  cpuMs: number;
  steps: number;
  precision: number;
  recall: number;
  f1: number;
}

function measure(variantCount: number, activities: number, repeats = 3): Row {
  const { variants, truth } = syntheticVariants(variantCount, activities);
  const runs: Array<{ wall: number; cpu: number }> = [];
  let result = matchVariants(variants);
  buildStepMatrix(result, variants);
  for (let i = 0; i < repeats; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    result = matchVariants(variants);
    buildStepMatrix(result, variants);
    const used = process.cpuUsage(cpu);
    runs.push({ wall: performance.now() - t, cpu: (used.user + used.system) / 1000 });
  }
  runs.sort((a, b) => a.wall - b.wall);
  // truth: two activities correspond when they share a base step
  const byBase = new Map<number, string[]>();
  for (const [key, bases] of truth) for (const b of bases) byBase.set(b, [...(byBase.get(b) ?? []), key]);
  const gold: Correspondence[] = [];
  for (const keys of byBase.values()) {
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const [a, aId] = keys[i].split('::');
        const [b, bId] = keys[j].split('::');
        if (a !== b) gold.push({ a, aId, b, bId });
      }
    }
  }
  const predicted = stepPairs(result).map((p) => ({ a: p.source.variantId, aId: p.source.elementId, b: p.target.variantId, bId: p.target.elementId }));
  const s = scoreAlignment(predicted, gold);
  return {
    variants: variantCount,
    activities,
    totalActivities: variants.reduce((n, v) => n + v.graph.nodes.filter((x) => x.kind === 'task').length, 0),
    medianMs: Math.round(runs[Math.floor(runs.length / 2)].wall),
    cpuMs: Math.round(runs[Math.floor(runs.length / 2)].cpu),
    steps: result.steps.length,
    precision: round(s.precision),
    recall: round(s.recall),
    f1: round(s.f1)
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function main(): void {
  const json = process.argv.includes('--json');
  const t = performance.now();
  defaultLexicon();
  const germanLexiconMs = Math.round(performance.now() - t);
  // the English (WordNet) part is built on first language detection, so every run pays for it once
  const te = performance.now();
  englishLexicon();
  const englishLexiconMs = Math.round(performance.now() - te);
  const lexiconMs = germanLexiconMs + englishLexiconMs;
  const quick = process.argv.includes('--quick');
  const repeats = quick ? 1 : 3;
  const byVariants = (quick ? [2, 12] : [2, 4, 8, 12, 16, 24]).map((n) => measure(n, 150, repeats));
  const byActivities = (quick ? [20, 150] : [20, 50, 100, 150, 200, 300]).map((n) => measure(12, n, repeats));
  const target = byVariants.find((r) => r.variants === 12)!;
  const targets = [
    { what: '12 Varianten × 150 Aktivitäten: Matching + Matrix, warm', target: '< 1000 ms', measured: target.medianMs, met: target.medianMs < 1000 },
    { what: '12 Varianten × 150 Aktivitäten: mit Laden des Lexikons (kalt)', target: '< 1000 ms', measured: target.medianMs + lexiconMs, met: target.medianMs + lexiconMs < 1000 }
  ];
  if (json) {
    console.log(JSON.stringify({ lexiconMs, germanLexiconMs, englishLexiconMs, byVariants, byActivities, targets }, null, 2));
  }
  // with --json the table goes to stderr (convention of bench/run.mjs)
  const say = json ? console.error : console.log;
  const print = (title: string, rows: Row[]) => {
    say(title);
    say('Varianten  Aktivitäten/Variante  Aktivitäten gesamt  Median ms  CPU ms  Schritte  P      R      F1');
    for (const r of rows) {
      say(
        `${String(r.variants).padStart(9)}  ${String(r.activities).padStart(20)}  ${String(r.totalActivities).padStart(18)}  ${String(r.medianMs).padStart(9)}  ${String(r.cpuMs).padStart(6)}  ${String(r.steps).padStart(8)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}`
      );
    }
    say('');
  };
  say(`Lexikon laden (einmalig je Prozess/Worker): ${lexiconMs} ms (deutsch ${germanLexiconMs} ms, englisch/WordNet ${englishLexiconMs} ms)`);
  say('Zeit = matchVariants + buildStepMatrix (Median von 3 Läufen nach einem Aufwärmlauf); CPU ms = Rechenzeit dieses Prozesses.\n');
  print('Wachstum mit der Zahl der Varianten (150 Aktivitäten je Variante):', byVariants);
  print('Wachstum mit der Zahl der Aktivitäten (12 Varianten):', byActivities);
}

main();
