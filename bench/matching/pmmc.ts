/**
 * `npm run bench:matching [-- --json] [-- --verbose]`: scores the matcher on the PMMC 2015
 * University Admission benchmark exactly as its README says — the predicted correspondences are
 * the activity pairs implied by the steps of ONE matching run over all nine models (default
 * configuration); TP/FP/FN summed over the 36 pairs; micro P/R/F1 — and prints them beside the
 * published matchers. Two views are reported: the full gold standard (232 cells, the basis of the
 * published figures; 54 of them involve message events, which the matcher predicts where an event
 * stands for a step, see `src/domain/compare/matching/matchable.ts`) and, for comparison with
 * matchers of activities only, the predicted activity pairs against the activity-only part of the
 * gold (178 cells). The matcher's English word knowledge is
 * WordNet only (`src/domain/compare/data/build/buildWordnet.mjs`): no word list written after looking at these labels.
 */
import { isActivity } from '../../src/domain/model/processGraph';
import { matchVariants } from '../../src/domain/compare/matching/matchVariants';
import { stepPairs } from '../../src/domain/compare/views/stepPairs';
import { germanGoldFiles, scoreGermanGold } from './germanGold';
import { loadGold, loadPmmcVariants, loadPublished } from './pmmcData';
import { scoreAlignment, type Correspondence, correspondenceKey } from './scoreAlignment';

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const variants = await loadPmmcVariants();
  const started = performance.now();
  const result = matchVariants(variants);
  const ms = performance.now() - started;

  const predicted: Correspondence[] = stepPairs(result).map((p) => ({
    a: p.source.variantId, aId: p.source.elementId, b: p.target.variantId, bId: p.target.elementId
  }));
  const gold = loadGold();
  const activityIds = new Set(variants.flatMap((v) => v.graph.nodes.filter(isActivity).map((n) => `${v.id}#${n.id}`)));
  const goldCells: Correspondence[] = gold.cells;
  const goldActivities = goldCells.filter((c) => activityIds.has(`${c.a}#${c.aId}`) && activityIds.has(`${c.b}#${c.bId}`));
  const full = scoreAlignment(predicted, goldCells);
  const activitiesOnly = scoreAlignment(predicted.filter((c) => activityIds.has(`${c.a}#${c.aId}`) && activityIds.has(`${c.b}#${c.bId}`)), goldActivities);
  // the best any step-based (transitive) matcher can do: the gold's own correspondences closed
  // under transitivity (the gold is not transitive: A=B and B=C without A=C)
  const ceiling = { full: scoreAlignment(transitiveClosure(goldCells), goldCells), activitiesOnly: scoreAlignment(transitiveClosure(goldActivities), goldActivities) };
  const published = loadPublished();
  const german = [];
  for (const file of germanGoldFiles()) {
    const { variants: _v, goldCells: _g, predictedCells: _p, ...summary } = await scoreGermanGold(file);
    german.push(summary);
  }
  const bestPublished = Math.max(...published.map((p) => p.f1));
  const targets = [
    { what: 'PMMC F1 (micro, Gold komplett)', target: '> 0.70', measured: round(full.f1), met: full.f1 > 0.7 },
    { what: `PMMC F1 vor allen veröffentlichten Matchern (bester ${bestPublished})`, target: `> ${bestPublished}`, measured: round(full.f1), met: full.f1 > bestPublished }
  ];

  if (json) {
    console.log(JSON.stringify({ dataset: 'pmmc2015-university-admission', pairs: gold.pairs.length, goldCells: goldCells.length,
      goldActivityCells: goldActivities.length, predicted: predicted.length, matchMs: Math.round(ms), full, activitiesOnly, stepBasedCeiling: ceiling, published,
      germanGold: german, targets }, null, 2));
  }
  // with --json the table goes to stderr (convention of bench/run.mjs)
  const say = json ? console.error : console.log;
  const f = (x: number) => x.toFixed(3);
  say(`PMMC 2015 University Admission: ${variants.length} Modelle, ${gold.pairs.length} Paare, ${predicted.length} vorhergesagte Korrespondenzen, ${Math.round(ms)} ms\n`);
  say('matcher                          P      R      F1');
  say(`GPM Workbench (Gold komplett)    ${f(full.precision)}  ${f(full.recall)}  ${f(full.f1)}   TP ${full.tp} FP ${full.fp} FN ${full.fn}`);
  say(`GPM Workbench (Aktivitätspaare)  ${f(activitiesOnly.precision)}  ${f(activitiesOnly.recall)}  ${f(activitiesOnly.f1)}   TP ${activitiesOnly.tp} FP ${activitiesOnly.fp} FN ${activitiesOnly.fn}`);
  for (const p of published) say(`${(p.matcher + ' (' + p.contest + ')').padEnd(32)} ${f(p.p)}  ${f(p.r)}  ${f(p.f1)}`);
  say(`\nObergrenze jedes schrittbasierten (transitiven) Matchers = transitive Hülle des Golds:`);
  say(`  gegen Gold komplett ${f(ceiling.full.precision)}  ${f(ceiling.full.recall)}  ${f(ceiling.full.f1)};  gegen Aktivitäten-Gold ${f(ceiling.activitiesOnly.precision)}  ${f(ceiling.activitiesOnly.recall)}  ${f(ceiling.activitiesOnly.f1)}`);
  say('\nDeutscher Gold-Standard der Beispielbezirke (tests/fixtures/compare, von Hand beurteilt):');
  for (const g of german) {
    say(`  ${g.gold.padEnd(28)} ${g.models} Modelle, ${g.goldPairs} Gold-Paare:  P ${f(g.precision)}  R ${f(g.recall)}  F1 ${f(g.f1)}   TP ${g.tp} FP ${g.fp} FN ${g.fn}`);
  }
  if (verbose) {
    const labels = new Map<string, string>(variants.flatMap((v) => v.graph.nodes.map((n) => [`${v.id}#${n.id}`, n.name] as [string, string])));
    const g = new Set(goldCells.map(correspondenceKey));
    const p = new Set(predicted.map(correspondenceKey));
    const show = (k: string) => k.split('|').map((x) => `${x.split('#')[0]}:"${labels.get(x)}"`).join('  =  ');
    say('\nFalse positives:');
    for (const k of [...p].filter((k) => !g.has(k)).sort()) say('  ' + show(k));
    say('\nFalse negatives:');
    for (const k of [...g].filter((k) => !p.has(k)).sort()) say('  ' + show(k));
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** All cross-model pairs within the connected components of the correspondences. */
function transitiveClosure(cells: readonly Correspondence[]): Correspondence[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const c of cells) {
    const a = `${c.a}#${c.aId}`;
    const b = `${c.b}#${c.bId}`;
    for (const k of [a, b]) if (!parent.has(k)) parent.set(k, k);
    parent.set(find(a), find(b));
  }
  const groups = new Map<string, string[]>();
  for (const k of [...parent.keys()].sort()) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  const out: Correspondence[] = [];
  for (const members of groups.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, aId] = members[i].split('#');
        const [b, bId] = members[j].split('#');
        if (a !== b) out.push({ a, aId, b, bId });
      }
    }
  }
  return out;
}

void main();
