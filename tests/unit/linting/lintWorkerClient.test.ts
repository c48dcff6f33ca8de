import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleLintRequest } from '../../../src/linting/handleLintRequest';
import { createLintWorkerClient, type LintWorkerPort } from '../../../src/linting/lintWorkerClient';
import type { LintWorkerRequest, LintWorkerResponse } from '../../../src/linting/lintWorkerProtocol';
import { formatError } from '../../../src/shared/errors';

const xml = readFileSync(join(__dirname, '../../fixtures/lint/cli/failing.bpmn'), 'utf8');

/** A worker stand-in: records requests; the test answers them (through the real handler) when it wants. */
function fakeWorker() {
  const listeners: Record<string, Array<(e: unknown) => void>> = { message: [], error: [] };
  const received: LintWorkerRequest[] = [];
  let terminated = 0;
  const port: LintWorkerPort = {
    postMessage: (m) => void received.push(m),
    addEventListener: (type: string, l: (e: never) => void) => void listeners[type].push(l as (e: unknown) => void),
    terminate: () => void terminated++
  } as LintWorkerPort;
  return {
    port,
    received,
    get terminated() {
      return terminated;
    },
    async answer(index: number) {
      const response: LintWorkerResponse = await handleLintRequest(received[index]);
      for (const l of listeners.message) l({ data: response });
    },
    crash(message: string) {
      for (const l of listeners.error) l({ message });
    }
  };
}

describe('handleLintRequest', () => {
  it('should parse and lint the XML and answer with plain data', async () => {
    const response = await handleLintRequest({ id: 7, xml, profile: 'basis', today: '2025-01-01' });
    expect(response.id).toBe(7);
    if (!response.ok) throw new Error('expected ok');
    expect(response.result.findings.some((f) => f.rule === 'end-event-required')).toBe(true);
    expect(JSON.parse(JSON.stringify(response.result))).toEqual(response.result);
  });

  it('should apply team overrides', async () => {
    const response = await handleLintRequest({ id: 1, xml, overrides: { 'end-event-required': { severity: 'off' } } });
    expect(response.ok && response.result.findings.some((f) => f.rule === 'end-event-required')).toBe(false);
  });

  it('should answer bad XML with a German error instead of throwing', async () => {
    const response = await handleLintRequest({ id: 2, xml: '<bpmn:definitions', fileName: 'Entwurf' });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(formatError(response.error)).toContain('„Entwurf“');
  });
});

describe('createLintWorkerClient', () => {
  it('should deliver the result of a single request', async () => {
    const w = fakeWorker();
    const client = createLintWorkerClient(() => w.port);
    const outcome = client.lint({ xml });
    await w.answer(0);
    expect((await outcome).status).toBe('done');
  });

  it('should let the latest request win and never send the ones it replaced', async () => {
    const w = fakeWorker();
    const client = createLintWorkerClient(() => w.port);
    const first = client.lint({ xml, fileName: 'eins' });
    const second = client.lint({ xml, fileName: 'zwei' });
    const third = client.lint({ xml, fileName: 'drei' });
    expect(await second).toEqual({ status: 'superseded' });
    expect(w.received.map((r) => r.fileName)).toEqual(['eins']);
    await w.answer(0);
    // the first answer arrives after newer calls: stale
    expect(await first).toEqual({ status: 'superseded' });
    expect(w.received.map((r) => r.fileName)).toEqual(['eins', 'drei']);
    await w.answer(1);
    expect((await third).status).toBe('done');
  });

  it('should fail the in-flight request when the worker crashes and start a new worker next time', async () => {
    const workers = [fakeWorker(), fakeWorker()];
    let created = 0;
    const client = createLintWorkerClient(() => workers[created++].port);
    const first = client.lint({ xml });
    workers[0].crash('out of memory');
    const outcome = await first;
    expect(outcome.status).toBe('failed');
    if (outcome.status === 'failed') expect(formatError(outcome.error)).toBe('Die Konventionsprüfung im Hintergrund ist fehlgeschlagen: out of memory');
    const again = client.lint({ xml });
    await workers[1].answer(0);
    expect((await again).status).toBe('done');
    expect(created).toBe(2);
  });

  it('should resolve pending requests as superseded and stop the worker on dispose', async () => {
    const w = fakeWorker();
    const client = createLintWorkerClient(() => w.port);
    const a = client.lint({ xml });
    const b = client.lint({ xml });
    client.dispose();
    expect(await a).toEqual({ status: 'superseded' });
    expect(await b).toEqual({ status: 'superseded' });
    expect(w.terminated).toBe(1);
  });
});
