import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModdle, type Moddle, type ModdleElement } from '../../../src/bpmn/moddle';
import { createIncrementalLinter } from '../../../src/linting/createIncrementalLinter';
import { lintDefinitions } from '../../../src/linting/lintDefinitions';
import type { LintOptions } from '../../../src/linting/lintTypes';
import { testRegistry } from '../../fixtures/lint/testRules';

const registry = testRegistry();
const options: LintOptions = {
  registry,
  today: '2025-05-05',
  config: { rules: { 'task-needs-name-scoped': 'error', 'duplicate-task-name': 'warn', 'skip-sub-process': 'info', 'narrow-task-shape': 'warn' } }
};

async function load(): Promise<{ moddle: Moddle; defs: ModdleElement; byId: Record<string, ModdleElement> }> {
  const moddle = createModdle();
  const xml = readFileSync(join(__dirname, '../../fixtures/lint/small.bpmn'), 'utf8');
  const { rootElement, elementsById } = await moddle.fromXML(xml, 'bpmn:Definitions');
  return { moddle, defs: rootElement, byId: elementsById };
}

/** The findings and counts a full lint gives (durations left out). */
const full = (defs: ModdleElement) => withoutTime(lintDefinitions(defs, options));
const withoutTime = (r: ReturnType<typeof lintDefinitions>) => ({ ...r, stats: { ...r.stats, durationMs: 0 } });

describe('createIncrementalLinter', () => {
  it('should count the element-scoped rules', () => {
    expect(createIncrementalLinter(options).elementScopedRules).toBe(2);
  });

  it('should give the same result as a full lint after renaming an element', async () => {
    const { defs, byId } = await load();
    const linter = createIncrementalLinter(options);
    expect(withoutTime(linter.lint(defs))).toEqual(full(defs));
    byId.Task_B.name = 'Bescheid erstellen';
    byId.Task_A.name = '';
    const after = withoutTime(linter.relint(defs, ['Task_B', 'Task_A']));
    expect(after).toEqual(full(defs));
    expect(after.findings.filter((f) => f.rule === 'task-needs-name-scoped').map((f) => f.elementId)).toEqual(['Task_A', 'Task_Unnamed', 'Task_Inner_Unnamed']);
  });

  it('should give the same result after adding a task with its shape, and after removing one', async () => {
    const { moddle, defs, byId } = await load();
    const linter = createIncrementalLinter(options);
    linter.lint(defs);
    // add an unnamed task with a narrow shape
    const process = byId.Proc_1;
    const task = moddle.create('bpmn:Task', { id: 'Task_New' });
    task.$parent = process;
    (process.flowElements as ModdleElement[]).push(task);
    const plane = byId.Plane_1;
    const shape = moddle.create('bpmndi:BPMNShape', { id: 'Task_New_di', bpmnElement: task, bounds: moddle.create('dc:Bounds', { x: 1, y: 1, width: 50, height: 80 }) });
    shape.$parent = plane;
    (plane.planeElement as ModdleElement[]).push(shape);
    expect(withoutTime(linter.relint(defs, ['Task_New']))).toEqual(full(defs));
    // remove a task inside the sub-process (its shape stays: the diagram rule sees no task then)
    const sub = byId.Sub_1;
    sub.flowElements = (sub.flowElements as ModdleElement[]).filter((e) => e.id !== 'Task_Inner_Unnamed');
    expect(withoutTime(linter.relint(defs, ['Task_Inner_Unnamed']))).toEqual(full(defs));
  });

  it('should re-check an element and its changed child once', async () => {
    const { defs, byId } = await load();
    const linter = createIncrementalLinter(options);
    linter.lint(defs);
    byId.Task_Inner.name = '';
    const result = withoutTime(linter.relint(defs, ['Sub_1', 'Task_Inner']));
    expect(result).toEqual(full(defs));
  });

  it('should hand element-scoped rules only the changed elements on a re-lint', async () => {
    const { defs, byId } = await load();
    const seen: string[] = [];
    const spying = testRegistry({
      spy: () => ({ check: (node: ModdleElement) => void seen.push(String(node.id ?? node.$type)), meta: { scope: 'element' } })
    });
    const linter = createIncrementalLinter({ registry: spying, config: { rules: { spy: 'info', 'duplicate-task-name': 'warn' } } });
    linter.lint(defs);
    expect(seen.length).toBeGreaterThan(40);
    seen.length = 0;
    byId.Task_B.name = 'Bescheid erstellen';
    linter.relint(defs, ['Task_B']);
    expect(seen).toEqual(['Task_B', 'Task_B_di', 'dc:Bounds']);
  });

  it('should lint in full when handed another tree', async () => {
    const a = await load();
    const b = await load();
    const linter = createIncrementalLinter(options);
    linter.lint(a.defs);
    b.byId.Task_B.name = 'Benannt';
    expect(withoutTime(linter.relint(b.defs, []))).toEqual(full(b.defs));
  });

  it('should equal a full lint with the convention plugin after an edit', async () => {
    const { defs, byId } = await load();
    const linter = createIncrementalLinter({ profile: 'basis', today: '2025-05-05' });
    linter.lint(defs);
    byId.Task_A.name = 'prüfen';
    const expected = withoutTime(lintDefinitions(defs, { profile: 'basis', today: '2025-05-05' }));
    expect(withoutTime(linter.relint(defs, ['Task_A']))).toEqual(expected);
  });
});
