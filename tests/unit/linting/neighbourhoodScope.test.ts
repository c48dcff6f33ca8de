/**
 * Rules declared `meta.scope: 'neighbourhood'` re-check, after an edit, the changed elements,
 * the ends of changed flows (also where a removed or reconnected flow ended at the last run) and
 * — for all of these — their flows and those flows' other ends; their other findings are kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModdle, type ModdleElement } from '../../../src/bpmn/moddle';
import { createIncrementalLinter } from '../../../src/linting/createIncrementalLinter';
import { lintDefinitions } from '../../../src/linting/lintDefinitions';
import type { LintOptions } from '../../../src/linting/lintTypes';
import type { RuleFactory, RuleReporter } from '../../../src/linting/ruleApi';
import { testRegistry } from '../../fixtures/lint/testRules';

const isA = (el: ModdleElement, type: string) => typeof el.$instanceOf === 'function' && el.$instanceOf(type);
const list = (value: unknown) => (Array.isArray(value) ? (value as ModdleElement[]) : []);

/** Reports nodes with more than one outgoing flow, and flows whose source splits (a neighbourhood rule). */
const splits: RuleFactory = () => ({
  check: (node: ModdleElement, reporter: RuleReporter) => {
    if (isA(node, 'bpmn:FlowNode') && list(node.outgoing).length > 1) reporter.report(node.id, 'verzweigt');
    if (isA(node, 'bpmn:SequenceFlow') && list((node.sourceRef as ModdleElement | undefined)?.outgoing).length > 1) reporter.report(node.id, 'Zweig');
  },
  meta: { scope: 'neighbourhood', types: ['bpmn:FlowNode', 'bpmn:SequenceFlow'] }
});

async function load() {
  const moddle = createModdle();
  const xml = readFileSync(join(__dirname, '../../fixtures/lint/small.bpmn'), 'utf8');
  const { rootElement, elementsById } = await moddle.fromXML(xml, 'bpmn:Definitions');
  return { moddle, defs: rootElement, byId: elementsById };
}

const withoutTime = (r: ReturnType<typeof lintDefinitions>) => ({ ...r, stats: { ...r.stats, durationMs: 0 } });

/** Connect `from` → `to` with a new flow, as bpmn-js does. */
function connect(moddle: ReturnType<typeof createModdle>, from: ModdleElement, to: ModdleElement, id: string): ModdleElement {
  const flow = moddle.create('bpmn:SequenceFlow', { id, sourceRef: from, targetRef: to });
  flow.$parent = from.$parent;
  list((from.$parent as ModdleElement).flowElements).push(flow);
  list(from.outgoing).push(flow);
  list(to.incoming).push(flow);
  return flow;
}

describe('neighbourhood-scoped rules', () => {
  it('should count the neighbourhood-scoped rules apart from the element-scoped ones', () => {
    const linter = createIncrementalLinter({ registry: testRegistry({ splits }), config: { rules: { splits: 'warn', 'task-needs-name-scoped': 'warn' } } });
    expect(linter.neighbourhoodScopedRules).toBe(1);
    expect(linter.elementScopedRules).toBe(1);
  });

  it('should re-check the ends of a new flow and their other flows when only the flow is passed', async () => {
    const { moddle, defs, byId } = await load();
    const seen: string[] = [];
    const spy: RuleFactory = () => ({ check: (node: ModdleElement) => void seen.push(String(node.id)), meta: { scope: 'neighbourhood', types: ['bpmn:FlowNode', 'bpmn:SequenceFlow'] } });
    const options: LintOptions = { registry: testRegistry({ splits, spy }), config: { rules: { splits: 'warn', spy: 'info' } } };
    const linter = createIncrementalLinter(options);
    linter.lint(defs);
    seen.length = 0;
    connect(moddle, byId.Task_A, byId.Task_B, 'Flow_New');
    const result = withoutTime(linter.relint(defs, ['Flow_New']));
    // the flow, its ends, their flows and those flows' other ends (a sub-process with its content) — nothing else
    expect(new Set(seen)).toEqual(
      new Set(['Flow_New', 'Task_A', 'Task_B', 'Flow_1', 'Flow_2', 'Flow_4', 'Flow_5', 'Start_1', 'Task_Unnamed', 'Sub_1', 'Task_Inner', 'Task_Inner_Unnamed', 'End_1'])
    );
    expect(result).toEqual(withoutTime(lintDefinitions(defs, options)));
    expect(result.findings.map((f) => f.elementId)).toEqual(['Task_A', 'Flow_2', 'Flow_New']);
  });

  it('should re-check where a deleted flow ended at the last run', async () => {
    const { moddle, defs, byId } = await load();
    const options: LintOptions = { registry: testRegistry({ splits }), config: { rules: { splits: 'warn' } } };
    const linter = createIncrementalLinter(options);
    connect(moddle, byId.Task_A, byId.Task_B, 'Flow_New');
    expect(linter.lint(defs).findings.map((f) => f.elementId)).toEqual(['Task_A', 'Flow_2', 'Flow_New']);
    // delete it the way bpmn-js does: out of the lists, its ends cleared
    const flow = byId.Flow_New ?? list(byId.Proc_1.flowElements).find((e) => e.id === 'Flow_New');
    const process = byId.Proc_1;
    process.flowElements = list(process.flowElements).filter((e) => e.id !== 'Flow_New');
    byId.Task_A.outgoing = list(byId.Task_A.outgoing).filter((e) => e.id !== 'Flow_New');
    byId.Task_B.incoming = list(byId.Task_B.incoming).filter((e) => e.id !== 'Flow_New');
    if (flow) {
      flow.sourceRef = undefined;
      flow.targetRef = undefined;
    }
    const result = withoutTime(linter.relint(defs, ['Flow_New']));
    expect(result.findings).toEqual([]);
    expect(result).toEqual(withoutTime(lintDefinitions(defs, options)));
  });
});
