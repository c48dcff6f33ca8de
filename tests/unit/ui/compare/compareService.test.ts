import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompareService, type CompareWorkerPort } from '../../../../src/app/compareServices';
import { handleCompareXmlRequest, type CompareXmlMessage, type CompareXmlRequest } from '../../../../src/workers/compareXmlWorker';

const sample = (file: string) => readFileSync(join(__dirname, '../../../../samples/wohngeld', file), 'utf8');
const SOLL = { id: 'soll', name: 'Standard', modellart: 'SOLL' as const, xml: sample('wohngeld-soll.bpmn') };
const MITTE = { id: 'mitte', name: 'Bezirksamt Mitte', modellart: 'IST' as const, xml: sample('wohngeld-ist-mitte.bpmn') };

/** A worker double that runs the real handler, but only when the test says so. */
function fakeWorker() {
  const queue: CompareXmlRequest[] = [];
  const delivered: CompareXmlMessage[] = [];
  let onMessage: ((e: MessageEvent<CompareXmlMessage>) => void) | undefined;
  let onError: ((e: ErrorEvent) => void) | undefined;
  let terminated = 0;
  const port: CompareWorkerPort = {
    postMessage: (m) => queue.push(m),
    addEventListener: ((type: string, fn: never) => (type === 'message' ? (onMessage = fn) : (onError = fn))) as CompareWorkerPort['addEventListener'],
    terminate: () => terminated++
  };
  return {
    port,
    queue,
    delivered,
    terminated: () => terminated,
    /** Handle the oldest request and deliver its messages. */
    async step() {
      const request = queue.shift()!;
      await handleCompareXmlRequest(request, (m) => {
        delivered.push(m);
        onMessage!({ data: m } as MessageEvent<CompareXmlMessage>);
      });
      return request;
    },
    crash: () => onError!({ message: 'out of memory' } as ErrorEvent)
  };
}

describe('compare service', () => {
  it('should parse XML and compare in-process without workers, with progress', async () => {
    const service = createCompareService({ workers: false });
    const progress: string[] = [];
    const outcome = await service.compare({ variants: [SOLL, MITTE], decisions: [] }, (p) => progress.push(`${p.phase}:${p.done}/${p.total}`));
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(progress).toEqual(['parse:0/2', 'parse:1/2', 'match:0/2']);
    expect(outcome.run.result.sollId).toBe('soll');
    expect(outcome.run.result.matrix.columns.map((c) => c.name)).toEqual(['Standard', 'Bezirksamt Mitte']);
    expect(Object.keys(outcome.run.graphs)).toEqual(['soll', 'mitte']);
    expect(structuredClone(outcome.run)).toEqual(outcome.run);
  });

  it('should leave out an unreadable variant and say why, and compare without a SOLL when told so', async () => {
    const service = createCompareService({ workers: false });
    const broken = { id: 'kaputt', name: 'Bezirksamt Kaputt', modellart: 'IST' as const, xml: '<bpmn:definitions' };
    const third = { ...MITTE, id: 'mitte2', name: 'Bezirksamt Mitte 2' };
    const outcome = await service.compare({ variants: [SOLL, MITTE, broken, third], decisions: [], sollId: '' });
    if (outcome.status !== 'done') throw new Error(outcome.status);
    expect(outcome.run.failed).toEqual([{ variantId: 'kaputt', name: 'Bezirksamt Kaputt', error: expect.objectContaining({ code: 'import/not-xml' }) }]);
    expect(outcome.run.result.deviations).toEqual([]);
    const tooFew = await service.compare({ variants: [SOLL, broken], decisions: [] });
    expect(tooFew).toMatchObject({ status: 'failed', message: expect.stringContaining('mindestens zwei Varianten') });
  });

  it('should keep one comparison in the worker and let the newest waiting one win', async () => {
    const w = fakeWorker();
    const service = createCompareService({ workers: true, createWorker: () => w.port });
    const first = service.compare({ variants: [SOLL, MITTE], decisions: [] });
    const second = service.compare({ variants: [SOLL, MITTE], decisions: [] });
    const third = service.compare({ variants: [MITTE, SOLL], decisions: [] });
    expect(w.queue).toHaveLength(1);
    expect(await second).toEqual({ status: 'superseded' });
    await w.step();
    expect(await first).toEqual({ status: 'superseded' });
    expect(w.queue).toHaveLength(1);
    await w.step();
    const last = await third;
    expect(last.status).toBe('done');
    if (last.status === 'done') expect(last.run.result.matrix.columns[0].variantId).toBe('mitte');
  });

  it('should receive only newly parsed graphs from the worker and still hand out every graph', async () => {
    const w = fakeWorker();
    const service = createCompareService({ workers: true, createWorker: () => w.port });
    const variants = [{ ...SOLL, id: 'g-soll' }, { ...MITTE, id: 'g-mitte' }];
    const a = service.compare({ variants, decisions: [] });
    await w.step();
    await a;
    const b = service.compare({ variants, decisions: [] });
    expect((w.queue[0] as Extract<CompareXmlRequest, { type: 'compare' }>).allGraphs).toBeUndefined();
    await w.step();
    const second = await b;
    const answers = w.delivered.filter((m): m is Extract<CompareXmlMessage, { type: 'compared'; ok: true }> => m.type === 'compared' && m.ok);
    expect(answers.map((m) => Object.keys(m.graphs))).toEqual([['g-soll', 'g-mitte'], []]);
    if (second.status !== 'done') throw new Error(second.status);
    expect(Object.keys(second.run.graphs)).toEqual(['g-soll', 'g-mitte']);
  });

  it('should answer revision diffs beside comparisons, and fail pending work when the worker crashes', async () => {
    const w = fakeWorker();
    const service = createCompareService({ workers: true, createWorker: () => w.port });
    const renamed = MITTE.xml.replace('name="Wohngeld berechnen"', 'name="Wohngeld festsetzen"');
    const diff = service.diffRevisions({ xml: MITTE.xml, name: 'Mitte' }, { xml: renamed, name: 'Mitte' });
    await w.step();
    const answer = await diff;
    expect(answer.ok).toBe(true);
    if (answer.ok) expect(answer.value.diff.changes.filter((c) => c.kind === 'changed').map((c) => c.changes[0])).toEqual(['Beschriftung „Wohngeld berechnen“ → „Wohngeld festsetzen“']);

    const pending = service.compare({ variants: [SOLL, MITTE], decisions: [] });
    w.crash();
    expect(await pending).toMatchObject({ status: 'failed', message: expect.stringContaining('out of memory') });
    expect(w.terminated()).toBe(1);
  });

  it('should explain a step\'s members in the context of the last comparison, through the worker', async () => {
    const w = fakeWorker();
    const service = createCompareService({ workers: true, createWorker: () => w.port });
    const compared = service.compare({ variants: [SOLL, MITTE], decisions: [] });
    await w.step();
    const outcome = await compared;
    if (outcome.status !== 'done') throw new Error(outcome.status);
    const step = outcome.run.result.match.steps.find((s) => s.members.length === 2 && s.members.some((m) => m.label === 'Wohngeld berechnen'))!;
    const [a, b] = step.members;
    const pending = service.explain(a, [b, { variantId: 'mitte', elementId: 'gibt-es-nicht' }]);
    await w.step();
    const answer = await pending;
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value[0]!.score).toBeGreaterThanOrEqual(answer.value[0]!.threshold);
    expect(answer.value[0]!.signals[0]).toMatchObject({ id: 'label', evidence: 1 });
    expect(answer.value[1]).toBeNull();
  });

  it('should explain a message event as what it stands for', async () => {
    const service = createCompareService({ workers: false });
    const PANKOW = { id: 'pankow', name: 'Bezirksamt Pankow', modellart: 'IST' as const, xml: sample('wohngeld-ist-pankow.bpmn') };
    const outcome = await service.compare({ variants: [MITTE, PANKOW], decisions: [] });
    if (outcome.status !== 'done') throw new Error(outcome.status);
    const receipt = outcome.run.result.match.steps.find((s) => s.members.some((m) => m.event === 'receive'))!;
    const event = receipt.members.find((m) => m.event)!;
    const task = receipt.members.find((m) => !m.event)!;
    const answer = await service.explain(task, [event]);
    expect(answer.ok && answer.value[0]!.eventB).toBe('receive');
    expect(answer.ok && answer.value[0]!.termsB).toContain('empfang*');
  });
});
