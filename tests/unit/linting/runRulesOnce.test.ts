import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModdle, type ModdleElement } from '../../../src/bpmn/moddle';
import type { RuleDefinition, RuleReporter } from '../../../src/linting/ruleApi';
import { declaredTypes, runRulesOnce } from '../../../src/linting/runRulesOnce';
import { skipSubProcess, taskNeedsName } from '../../fixtures/lint/testRules';

async function load(name: string): Promise<ModdleElement> {
  const xml = readFileSync(join(__dirname, '../../fixtures/lint', name), 'utf8');
  return (await createModdle().fromXML(xml, 'bpmn:Definitions')).rootElement;
}

/** A rule that records every element type it is handed. */
function recorder(types?: string[]): { rule: RuleDefinition; seen: string[] } {
  const seen: string[] = [];
  return { rule: { check: (node: ModdleElement) => void seen.push(node.$type), ...(types ? { meta: { types } } : {}) }, seen };
}

describe('runRulesOnce', () => {
  it('should hand a rule with declared types only elements of those types (subtypes included)', async () => {
    const root = await load('small.bpmn');
    const typed = recorder(['FlowNode', 'bpmn:Process']);
    const all = recorder();
    runRulesOnce(root, [typed.rule, all.rule]);
    expect(new Set(typed.seen)).toEqual(new Set(['bpmn:Process', 'bpmn:StartEvent', 'bpmn:Task', 'bpmn:SubProcess', 'bpmn:EndEvent']));
    expect(all.seen).toContain('dc:Bounds');
    expect(typed.seen.length).toBeLessThan(all.seen.length / 3);
  });

  it('should give the same reports with and without an honest type declaration', async () => {
    const root = await load('small.bpmn');
    const plain = [taskNeedsName(), skipSubProcess()];
    const typed = [
      { ...taskNeedsName(), meta: { types: ['bpmn:Task'] } },
      { ...skipSubProcess(), meta: { types: ['bpmn:Task', 'bpmn:SubProcess', 'bpmn:Definitions'] } }
    ];
    expect(runRulesOnce(root, typed).reports).toEqual(runRulesOnce(root, plain).reports);
  });

  it('should keep enter/leave order per rule and skip only the subtree of the rule that returned false', async () => {
    const root = await load('small.bpmn');
    const log: string[] = [];
    const skipping: RuleDefinition = {
      check: {
        enter: (node: ModdleElement) => {
          if (node.$type === 'bpmn:Task' || node.$type === 'bpmn:SubProcess') log.push(`enter ${node.id}`);
          if (node.$type === 'bpmn:SubProcess') return false;
        },
        leave: (node: ModdleElement) => {
          if (node.$type === 'bpmn:SubProcess') log.push(`leave ${node.id}`);
        }
      },
      meta: { types: ['bpmn:Activity'] }
    };
    const { reports } = runRulesOnce(root, [skipping, taskNeedsName()]);
    expect(log).toEqual(['enter Task_A', 'enter Task_Unnamed', 'enter Sub_1', 'leave Sub_1', 'enter Task_B']);
    expect(reports[1].map((r) => r.id)).toContain('Task_Inner_Unnamed');
  });

  it('should stop only the rule that throws and drop its reports', async () => {
    const root = await load('small.bpmn');
    const thrower: RuleDefinition = {
      check: (node: ModdleElement, reporter: RuleReporter) => {
        if (node.$type === 'bpmn:Task') reporter.report(node.id, 'x');
        if (node.id === 'Sub_1') throw new TypeError('boom');
      }
    };
    const outcome = runRulesOnce(root, [thrower, taskNeedsName()]);
    expect(outcome.reports[0]).toEqual([]);
    expect((outcome.errors[0] as Error).message).toBe('boom');
    expect(outcome.reports[1]).toHaveLength(3);
  });

  it('should skip empty child properties of a live tree instead of crashing', async () => {
    const root = await load('small.bpmn');
    const task = (root.rootElements as ModdleElement[])[0].flowElements as ModdleElement[];
    task[2].extensionElements = undefined;
    (task as unknown[]).push(undefined);
    const outcome = runRulesOnce(root, [taskNeedsName()]);
    expect(outcome.errors[0]).toBeUndefined();
  });

  it('should read declared types with the bpmn prefix implied and ignore malformed declarations', () => {
    expect(declaredTypes({ check: () => {}, meta: { types: ['Task', 'gpm:Waiver'] } })).toEqual(['bpmn:Task', 'gpm:Waiver']);
    expect(declaredTypes({ check: () => {}, meta: { types: [] } })).toBeUndefined();
    expect(declaredTypes({ check: () => {}, meta: { types: 'bpmn:Task' } })).toBeUndefined();
  });
});
