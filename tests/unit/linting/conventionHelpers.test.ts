/**
 * Shortcuts the convention rules take for speed must give what the long way gives: the flow
 * elements of a process found through `flowElements` alone are those (and in the order) a walk
 * over everything a process contains finds; type tests kept per moddle type answer like
 * `$instanceOf`; label keys kept per label equal freshly computed ones.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createModdle, type ModdleElement } from '../../../src/bpmn/moddle';
import { runRulesOnce } from '../../../src/linting/runRulesOnce';
import { corpusFiles, listBpmnFiles, readText, SAMPLES_DIR } from '../../helpers/corpus';

const require = createRequire(import.meta.url);
const { ModelIndex, walkContained } = require('../../../modeling-conventions/lib/modelIndex.js');
const { is } = require('../../../modeling-conventions/lib/bpmn.js');
const { labelKey } = require('../../../modeling-conventions/lib/german/normalizeLabel.js');

const TYPES = ['bpmn:FlowNode', 'bpmn:Task', 'bpmn:Activity', 'bpmn:Event', 'bpmn:Gateway', 'bpmn:FlowElementsContainer', 'bpmn:Definitions', 'bpmndi:BPMNShape', 'dc:Bounds', 'gpm:ActivityInfo', 'bpmn:BaseElement'];

async function roots(): Promise<ModdleElement[]> {
  const paths = [...corpusFiles().filter((f, i) => f.name.startsWith('miwg') || i % 10 === 0).map((f) => f.path), ...listBpmnFiles(SAMPLES_DIR)];
  const out: ModdleElement[] = [];
  for (const path of paths) {
    try {
      out.push((await createModdle().fromXML(readText(path), 'bpmn:Definitions')).rootElement);
    } catch {
      // unparseable corpus files are the robustness tests' business
    }
  }
  return out;
}

const instanceOf = (e: ModdleElement, t: string) => {
  try {
    return (e.$instanceOf as (t: string) => boolean)(t);
  } catch {
    return e.$type === t;
  }
};

describe('convention rule helpers', () => {
  it('should find the flow elements, tasks and levels of every process that a full containment walk finds, in its order', async () => {
    let processes = 0;
    for (const root of await roots()) {
      const index = new ModelIndex(root);
      for (const process of index.processes as ModdleElement[]) {
        const walked: ModdleElement[] = [];
        walkContained(process, (e: ModdleElement) => walked.push(e));
        const flowElements = walked.filter((e) => is(e, 'bpmn:FlowElement'));
        expect(index.flowElementsDeep(process)).toEqual(flowElements);
        expect(index.tasksOf(process)).toEqual(walked.filter((e) => is(e, 'bpmn:Task')));
        expect(new Set(index.levelsOf(process))).toEqual(new Set(walked.filter((e) => is(e, 'bpmn:FlowElementsContainer') && ((e.flowElements as unknown[]) ?? []).length)));
        processes++;
      }
    }
    expect(processes).toBeGreaterThan(20);
  });

  it('should answer type tests like $instanceOf for every element', async () => {
    let tests = 0;
    for (const root of await roots()) {
      for (const element of (runRulesOnce(root, [], { trackVisits: true }).order as Map<ModdleElement, number>).keys()) {
        for (const type of TYPES) {
          expect(is(element, type), `${element.$type} ${type}`).toBe(instanceOf(element, type));
          tests++;
        }
      }
    }
    expect(tests).toBeGreaterThan(10000);
  });

  it('should give the same label key for a label asked again', () => {
    for (const label of ['Antrag prüfen', ' „Antrag“ geprüft. ', 'Ende\nProzess', '', 'Bescheid (Entwurf)?']) {
      const first = labelKey(label);
      expect(labelKey(label)).toBe(first);
      expect(labelKey(String(label))).toBe(first);
    }
    expect(labelKey(undefined)).toBe('');
  });
});
