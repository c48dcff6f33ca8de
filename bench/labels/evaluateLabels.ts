/**
 * `npm run bench:labels [-- --json] [-- --errors]`: precision and recall of the label rules on the
 * hand-judged German labels — the development set (`labels-de.tsv`, Munich DigiWF corpus; the
 * heuristics were built while looking at it, so its figures are optimistic) and the held-out set
 * (`labels-de-heldout.tsv`, labels never looked at during development), and the labels of the
 * workbench's own samples (`labels-de-samples.tsv`, judged by hand after the rules were written).
 */
import { resolve } from 'node:path';
import { LABELS_TSV, evaluateLabels, readJudgedLabels, type RuleScore } from './labelEvaluation';

const HELD_OUT_TSV = resolve(LABELS_TSV, '../labels-de-heldout.tsv');
const SAMPLES_TSV = resolve(LABELS_TSV, '../labels-de-samples.tsv');
const SETS = [
  { name: 'development set (Munich DigiWF corpus)', path: LABELS_TSV },
  { name: 'held-out set (FIM/ADONIS example, Brandenburg MIK models)', path: HELD_OUT_TSV },
  { name: 'samples (Wohngeld, Bewohnerparkausweis)', path: SAMPLES_TSV }
];

const fmt = (value: number | null) => (value === null ? '   –' : value.toFixed(2));

function printTable(say: (line: string) => void, title: string, count: number, scores: RuleScore[], errors: boolean): void {
  say(`\n${title}: ${count} hand-judged labels\n`);
  say('rule                                   code                  TP   FP   FN   TN  precision  recall');
  for (const s of scores) {
    say(
      `${s.rule.padEnd(38)} ${s.code.padEnd(20)} ${String(s.tp).padStart(3)}  ${String(s.fp).padStart(3)}  ${String(s.fn).padStart(3)}  ${String(s.tn).padStart(3)}  ${fmt(s.precision).padStart(9)}  ${fmt(s.recall).padStart(6)}`
    );
  }
  if (!errors) return;
  for (const s of scores) {
    if (s.falsePositives.length) say(`\n${s.rule} false positives:\n  ${s.falsePositives.map((l) => JSON.stringify(l)).join('\n  ')}`);
    if (s.falseNegatives.length) say(`\n${s.rule} false negatives:\n  ${s.falseNegatives.map((l) => JSON.stringify(l)).join('\n  ')}`);
  }
}

function main(): void {
  const json = process.argv.includes('--json');
  const errors = process.argv.includes('--errors');
  const results = SETS.map((set) => {
    const labels = readJudgedLabels(set.path);
    return { set: set.name, labels: labels.length, scores: evaluateLabels(labels) };
  });
  if (json) {
    const out = results.map((r) => ({
      set: r.set,
      labels: r.labels,
      rules: r.scores.map(({ falsePositives, falseNegatives, ...rest }) => (errors ? { ...rest, falsePositives, falseNegatives } : rest))
    }));
    console.log(JSON.stringify(out, null, 2));
  }
  // with --json the table goes to stderr (convention of bench/run.mjs)
  const say = json ? console.error : console.log;
  for (const r of results) printTable(say, r.set, r.labels, r.scores, errors);
}

main();
