import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModdle, type ModdleElement } from '../../../src/bpmn/moddle';
import { lintDefinitions } from '../../../src/linting/lintDefinitions';
import { testRegistry } from '../../fixtures/lint/testRules';

const FIXTURES = join(__dirname, '../../fixtures/lint');

async function load(name: string): Promise<ModdleElement> {
  const { rootElement } = await createModdle().fromXML(readFileSync(join(FIXTURES, name), 'utf8'), 'bpmn:Definitions');
  return rootElement;
}

const registry = testRegistry();
const only = (...ids: string[]) => ({ rules: Object.fromEntries(ids.map((id) => [id, 'error' as const])) });

describe('lintDefinitions', () => {
  it('should map reports to findings with rule, code, category, severity and element name', async () => {
    const defs = await load('small.bpmn');
    const result = lintDefinitions(defs, { profile: 'basis', registry });
    const unnamed = result.findings.filter((f) => f.rule === 'task-needs-name');
    expect(unnamed.map((f) => f.elementId)).toEqual(['Task_Unnamed', 'Task_Inner_Unnamed', 'Task_B']);
    expect(unnamed[0]).toMatchObject({ code: 'T-NAME-01', category: 'naming', severity: 'error', message: 'Aufgabe ohne Namen' });
    const dup = result.findings.find((f) => f.rule === 'duplicate-task-name');
    expect(dup).toMatchObject({ elementId: 'Task_Inner', elementName: 'Antrag prüfen', severity: 'warning', code: 'T-NAME-02' });
  });

  it('should hide a subtree only from the rule whose enter returned false, and still call its leave', async () => {
    const defs = await load('small.bpmn');
    const result = lintDefinitions(defs, { config: only('skip-sub-process', 'task-needs-name'), registry });
    const skip = result.findings.filter((f) => f.rule === 'skip-sub-process').map((f) => [f.elementId, f.message]);
    // Task_A, Task_Unnamed, Task_B — not the two tasks inside Sub_1
    expect(skip).toEqual([['Sub_1', 'Teilprozess verlassen'], ['Defs_small', '3 Aufgaben gesehen']]);
    expect(result.findings.some((f) => f.rule === 'task-needs-name' && f.elementId === 'Task_Inner_Unnamed')).toBe(true);
  });

  it('should create fresh rule instances per run (lint A, B, A gives the same result for A)', async () => {
    const a = await load('small.bpmn');
    const b = await load('other.bpmn');
    const options = { config: only('duplicate-task-name'), registry };
    const first = lintDefinitions(a, options).findings;
    const onB = lintDefinitions(b, options).findings;
    const again = lintDefinitions(a, options).findings;
    expect(onB).toEqual([]); // "Antrag prüfen" was seen in A, but not in this run
    expect(again).toEqual(first);
    expect(first).toHaveLength(1);
  });

  it('should turn a throwing rule into one German rule-error finding and keep the other rules going', async () => {
    const defs = await load('other.bpmn');
    const result = lintDefinitions(defs, { config: only('throwing-rule', 'duplicate-task-name'), registry });
    const errors = result.findings.filter((f) => f.rule === 'rule-error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ category: 'rule-error', severity: 'warning', elementId: 'Defs_other', elementName: 'Antrag prüfen' });
    expect(errors[0].message).toBe('Regel „throwing-rule“ ist bei der Prüfung abgebrochen: kaputt');
    // the reports it made before throwing are dropped, like bpmnlint does
    expect(result.findings.some((f) => f.rule === 'throwing-rule')).toBe(false);
    expect(result.ruleErrors).toEqual([{ rule: 'throwing-rule', reason: 'kaputt', message: errors[0].message }]);
    expect(result.stats.ruleErrors).toBe(1);
  });

  it('should report a throwing factory, a rule without check and a missing rule module as rule errors', async () => {
    const defs = await load('other.bpmn');
    const result = lintDefinitions(defs, { config: only('throwing-factory', 'no-check', 'not-there', 'task-needs-name'), registry });
    expect(result.ruleErrors.map((e) => [e.rule, e.reason])).toEqual([
      ['throwing-factory', 'Fabrik kaputt'],
      ['no-check', 'no check implemented'],
      ['not-there', 'Regelmodul nicht gefunden']
    ]);
    expect(result.findings.filter((f) => f.rule === 'rule-error')).toHaveLength(3);
  });

  it('should mark findings accepted by a waiver as waived and count them apart', async () => {
    const defs = await load('small.bpmn');
    const result = lintDefinitions(defs, { config: only('task-needs-name'), registry });
    const waived = result.findings.filter((f) => f.waived);
    expect(waived).toEqual([
      expect.objectContaining({ elementId: 'Task_Unnamed', waived: { reason: 'Platzhalter aus dem Workshop', author: 'M. Muster', createdAt: '2025-01-15' } })
    ]);
    expect(result.stats.open.error).toBe(2);
    expect(result.stats.waived).toBe(1);
  });

  it('should not let a waiver for one rule accept findings of another rule', async () => {
    const defs = await load('small.bpmn');
    const result = lintDefinitions(defs, { config: only('di-shape'), registry });
    expect(result.findings.find((f) => f.elementId === 'Task_Unnamed')?.waived).toBeUndefined();
  });

  it('should attribute reports without an element to the definitions with the model name', async () => {
    const defs = await load('small.bpmn');
    const result = lintDefinitions(defs, { config: { rules: { 'model-level': ['warn', { max: 7 }] } }, registry });
    expect(result.findings).toEqual([
      { rule: 'model-level', code: 'T-DOC-01', category: 'documentation', severity: 'warning', elementId: 'Defs_small', elementName: 'Wohngeld bearbeiten', message: 'Modell geprüft (max 7)' }
    ]);
  });

  it('should report DI shapes as the BPMN element they draw', async () => {
    const defs = await load('small.bpmn');
    const result = lintDefinitions(defs, { config: only('di-shape'), registry });
    expect(result.findings.map((f) => f.elementId)).toEqual(['Task_A', 'Task_Unnamed', 'Task_Inner', 'Task_Inner_Unnamed', 'Task_B']);
    expect(result.findings[0].elementName).toBe('Antrag prüfen');
  });

  it('should order findings by rule order, then traversal order, and repeat it exactly', async () => {
    const defs = await load('small.bpmn');
    const one = lintDefinitions(defs, { profile: 'basis', registry, today: '2025-06-01' });
    const two = lintDefinitions(defs, { profile: 'basis', registry, today: '2025-06-01' });
    expect(one.findings).toEqual(two.findings);
    expect([...new Set(one.findings.map((f) => f.rule))]).toEqual(['task-needs-name', 'duplicate-task-name', 'skip-sub-process']);
  });

  it('should count elements and rules in the stats', async () => {
    const defs = await load('small.bpmn');
    const result = lintDefinitions(defs, { profile: 'basis', registry });
    expect(result.stats.ruleCount).toBe(3);
    expect(result.stats.elementCount).toBeGreaterThan(30);
    expect(result.stats.open).toEqual({ error: 2, warning: 1, info: 2 });
    // 8 flow nodes + 5 sequence flows + the model itself
    expect(result.stats.checkedElements).toBe(14);
  });
});

describe('lintDefinitions severity hints', () => {
  it('should lower a finding to the severity hint of its report but never raise it, and drop `off` reports', async () => {
    const defs = await load('other.bpmn');
    const result = lintDefinitions(defs, { config: { rules: { 'severity-hints': 'warn' } }, registry });
    expect(result.findings.map((f) => [f.elementId, f.severity])).toEqual([['S2', 'info'], ['E2', 'warning']]);
  });
});

describe('lintDefinitions parameters', () => {
  it('should hand each rule its parameters plus the reference date as `today`', async () => {
    const defs = await load('small.bpmn');
    const result = lintDefinitions(defs, { profile: 'experte', registry, today: new Date(2025, 2, 7) });
    expect(JSON.parse(result.findings[0].message)).toEqual({ a: 1, b: 'y', today: '2025-03-07' });
  });
});

describe('lintDefinitions waivers on pools and processes', () => {
  it('should accept a finding on a pool with a waiver stored on the process it draws', async () => {
    const moddle = createModdle();
    const xml = readFileSync(join(FIXTURES, 'cli/failing.bpmn'), 'utf8');
    const { rootElement, elementsById } = await moddle.fromXML(xml, 'bpmn:Definitions');
    const poolReporter = testRegistry({
      'pool-rule': () => ({ check: (node: ModdleElement, reporter) => void (node.$type === 'bpmn:Participant' && reporter.report(node.id, 'Pool geprüft')) })
    });
    const process = elementsById.Proc_1;
    const ext = process.extensionElements as ModdleElement;
    (ext.values as ModdleElement[]).push(moddle.create('gpm:Waiver', { rule: 'pool-rule', reason: 'Prozess ist so gewollt' }));
    const result = lintDefinitions(rootElement, { config: { rules: { 'pool-rule': 'error' } }, registry: poolReporter });
    expect(result.findings).toEqual([expect.objectContaining({ elementId: 'Pool_1', waived: { reason: 'Prozess ist so gewollt' } })]);
  });
});
