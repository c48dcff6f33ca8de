/**
 * `npm run bench:labels [-- --json] [-- --errors]`: precision and recall of the label rules on the
 * hand-judged German labels in `tests/fixtures/labels/labels-de.tsv`.
 */
import { evaluateLabels, readJudgedLabels } from './labelEvaluation';

const fmt = (value: number | null) => (value === null ? '   –' : value.toFixed(2));

function main(): void {
  const labels = readJudgedLabels();
  const scores = evaluateLabels(labels);
  if (process.argv.includes('--json')) {
    const rows = scores.map(({ falsePositives, falseNegatives, ...rest }) =>
      process.argv.includes('--errors') ? { ...rest, falsePositives, falseNegatives } : rest
    );
    console.log(JSON.stringify({ labels: labels.length, rules: rows }, null, 2));
    return;
  }
  console.log(`Label rules on ${labels.length} hand-judged labels (Munich DigiWF corpus)\n`);
  console.log('rule                                   code                  TP   FP   FN   TN  precision  recall');
  for (const s of scores) {
    console.log(
      `${s.rule.padEnd(38)} ${s.code.padEnd(20)} ${String(s.tp).padStart(3)}  ${String(s.fp).padStart(3)}  ${String(s.fn).padStart(3)}  ${String(s.tn).padStart(3)}  ${fmt(s.precision).padStart(9)}  ${fmt(s.recall).padStart(6)}`
    );
  }
  if (process.argv.includes('--errors')) {
    for (const s of scores) {
      if (s.falsePositives.length) console.log(`\n${s.rule} false positives:\n  ${s.falsePositives.map((l) => JSON.stringify(l)).join('\n  ')}`);
      if (s.falseNegatives.length) console.log(`\n${s.rule} false negatives:\n  ${s.falseNegatives.map((l) => JSON.stringify(l)).join('\n  ')}`);
    }
  }
}

main();
