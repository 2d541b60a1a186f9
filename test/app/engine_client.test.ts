import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/domain/index.ts';
import { EngineClient } from '../../src/worker/engine_client.ts';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';

/** Stands in for the browser's Worker: records requests, answers when the test says so. */
class FakeWorker {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly sent: WorkerRequest[] = [];
  postMessage(msg: WorkerRequest) {
    this.sent.push(msg);
  }
  reply(msg: WorkerResponse) {
    this.onmessage?.({ data: msg } as MessageEvent<WorkerResponse>);
  }
  terminate() {}
}

const evaluation = (cellSizeM: number): Evaluation => ({
  results: [],
  area: [],
  issues: [],
  gaps: [],
  cellSizeM,
});

describe('the engine client', () => {
  it('resolves an evaluation overtaken by a newer one as stale, the newer one with its result', async () => {
    const worker = new FakeWorker();
    const client = new EngineClient(worker as unknown as Worker);
    const first = client.evaluate(1, [], [], [], ['existing']);
    const second = client.evaluate(1, [], [], [], ['existing']);
    const [a, b] = worker.sent;
    if (a?.type !== 'evaluate' || b?.type !== 'evaluate') throw new Error('two evaluate requests expected');
    worker.reply({
      type: 'evaluate',
      id: b.id,
      reply: { ok: true, evaluation: evaluation(200), elapsedMs: 5 },
    });
    worker.reply({
      type: 'evaluate',
      id: a.id,
      reply: { ok: true, evaluation: evaluation(100), elapsedMs: 5 },
    });
    await expect(first).resolves.toEqual({ ok: false, stale: true });
    await expect(second).resolves.toMatchObject({ ok: true, evaluation: { cellSizeM: 200 } });
  });

  it('sends the zones once per version and again when the worker asks for them', async () => {
    const worker = new FakeWorker();
    const client = new EngineClient(worker as unknown as Worker);
    const first = client.evaluate(7, [], [], [], []);
    const req1 = worker.sent[0];
    expect(req1?.type === 'evaluate' && Array.isArray(req1.zones)).toBe(true);
    worker.reply({
      type: 'evaluate',
      id: req1?.id ?? 0,
      reply: { ok: true, evaluation: evaluation(1), elapsedMs: 1 },
    });
    await first;
    const second = client.evaluate(7, [], [], [], []);
    const req2 = worker.sent[1];
    expect(req2?.type === 'evaluate' && req2.zones === undefined).toBe(true);
    worker.reply({ type: 'needZones', id: req2?.id ?? 0 });
    await Promise.resolve();
    const req3 = worker.sent[2];
    expect(req3?.type === 'evaluate' && Array.isArray(req3.zones)).toBe(true);
    worker.reply({
      type: 'evaluate',
      id: req3?.id ?? 0,
      reply: { ok: true, evaluation: evaluation(2), elapsedMs: 1 },
    });
    await expect(second).resolves.toMatchObject({ ok: true, evaluation: { cellSizeM: 2 } });
  });

  it('answers every waiting request with a failure when the worker crashes', async () => {
    const worker = new FakeWorker();
    const client = new EngineClient(worker as unknown as Worker);
    const pending = client.evaluate(1, [], [], [], []);
    worker.onerror?.({ message: 'boom' } as ErrorEvent);
    await expect(pending).resolves.toEqual({ ok: false, error: 'boom' });
  });
});
