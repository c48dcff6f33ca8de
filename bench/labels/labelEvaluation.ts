/**
 * Evaluation of the label rules against hand-judged real labels
 * (`tests/fixtures/labels/labels-de.tsv`): runs the same finding functions the rules use and
 * counts TP/FP/FN/TN per rule. Shared by the benchmark script and the precision-floor test.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as german from '../../modeling-conventions/lib/german/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const LABELS_TSV = resolve(HERE, '../../tests/fixtures/labels/labels-de.tsv');

/** Rule columns of the TSV, with the catalog code and rule id they stand for. */
export const LABEL_RULES = [
  { column: 'name02', code: 'MK-NAME-02', rule: 'activity-label-object-infinitive' },
  { column: 'name03', code: 'MK-NAME-03', rule: 'activity-label-style' },
  { column: 'name04', code: 'MK-NAME-04', rule: 'event-label-state' },
  { column: 'name06', code: 'MK-NAME-06', rule: 'xor-gateway-question' },
  { column: 'name10', code: 'MK-NAME-10', rule: 'abbreviations-glossary' },
  { column: 'name11', code: 'MK-NAME-11', rule: 'label-form' },
  { column: 'lane', code: 'MK-ORG-03 (Analyse)', rule: 'analyzeLaneLabel' }
] as const;

export type RuleColumn = (typeof LABEL_RULES)[number]['column'];

export interface JudgedLabel {
  sourceFile: string;
  elementType: string;
  label: string;
  expected: Partial<Record<RuleColumn, boolean>>;
}

export interface RuleScore {
  column: RuleColumn;
  code: string;
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
  falsePositives: string[];
  falseNegatives: string[];
}

/** Reads the judged labels; "\n" and "\"" in the label column are unescaped. */
export function readJudgedLabels(path = LABELS_TSV): JudgedLabel[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const expected: Partial<Record<RuleColumn, boolean>> = {};
    for (const { column } of LABEL_RULES) {
      const value = cells[header.indexOf(column)];
      if (value === '1' || value === '0') expected[column] = value === '1';
    }
    return {
      sourceFile: cells[0],
      elementType: cells[1],
      label: cells[2].replace(/\\n/g, '\n').replace(/\\"/g, '"'),
      expected
    };
  });
}

/** Label kind and event trigger from an element type such as `bpmn:BoundaryEvent(error)`. */
export function elementKind(elementType: string): { kind: german.LabelKind | 'lane'; trigger: string } {
  const match = /^bpmn:(\w+?)(?:\((\w+)\))?$/.exec(elementType);
  const type = match ? match[1] : elementType;
  const trigger = (match && match[2]) || 'none';
  if (/Event$/.test(type)) return { kind: 'event', trigger };
  if (/Gateway$/.test(type)) return { kind: 'gateway', trigger };
  if (type === 'Lane') return { kind: 'lane', trigger };
  return { kind: 'activity', trigger };
}

/** Whether the rule behind a column reports the label (with default parameters). */
export function ruleFires(column: RuleColumn, label: string, elementType: string): boolean {
  const { kind, trigger } = elementKind(elementType);
  switch (column) {
    case 'name02':
      return german.activityPatternFindings(label).issues.length > 0;
    case 'name03':
      return german.activityStyleFindings(label).issues.length > 0;
    case 'name04':
      return german.eventStateFindings(label, { trigger }).issues.length > 0;
    case 'name06':
      return german.gatewayQuestionFindings(label).issues.length > 0;
    case 'name10':
      return german.abbreviationFindings(label).issues.length > 0;
    case 'name11':
      return german.labelFormFindings(label, { kind: kind === 'lane' ? 'other' : kind }).issues.length > 0;
    case 'lane':
      return german.laneRoleFindings(label).issues.length > 0;
  }
}

/** Confusion counts, precision and recall per rule over all judged labels. */
export function evaluateLabels(labels = readJudgedLabels()): RuleScore[] {
  return LABEL_RULES.map(({ column, code, rule }) => {
    const score: RuleScore = { column, code, rule, tp: 0, fp: 0, fn: 0, tn: 0, precision: null, recall: null, falsePositives: [], falseNegatives: [] };
    for (const item of labels) {
      const expected = item.expected[column];
      if (expected === undefined) continue;
      const fired = ruleFires(column, item.label, item.elementType);
      if (fired && expected) score.tp++;
      else if (fired) { score.fp++; score.falsePositives.push(item.label); }
      else if (expected) { score.fn++; score.falseNegatives.push(item.label); }
      else score.tn++;
    }
    score.precision = score.tp + score.fp ? score.tp / (score.tp + score.fp) : null;
    score.recall = score.tp + score.fn ? score.tp / (score.tp + score.fn) : null;
    return score;
  });
}
