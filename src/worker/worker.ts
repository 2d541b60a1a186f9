/// <reference lib="webworker" />
import type { Zone } from '../domain/index.ts';
import { compareFacilitySets } from './compare_bridge.ts';
import { evaluateCoverage, importFacilities, importZones } from './engine_bridge.ts';
import { handleIo, isIoRequest } from './io_bridge.ts';
import type { CompareRequest, FailureReply, WorkerRequest, WorkerResponse } from './protocol.ts';

type EvaluateRequest = Extract<WorkerRequest, { type: 'evaluate' }>;

// The worker entry: it only routes typed messages to pure engine functions.
declare const self: DedicatedWorkerGlobalScope;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

/**
 * The zones one kind of request was last sent with, under its key (a version). Returns them for
 * `key`, taking `zones` when sent; when it has none for `key` it asks the page to resend (null).
 */
function zoneCache(): (id: number, key: number, zones: Zone[] | undefined) => Zone[] | null {
  let held: { key: number; zones: Zone[] } | null = null;
  return (id, key, zones) => {
    if (zones) held = { key, zones };
    if (held?.key === key) return held.zones;
    post({ type: 'needZones', id });
    return null;
  };
}

/** Sends `compute()`'s result with the time it took, or its error as a failure reply. */
function answer<T extends object>(
  send: (reply: ({ ok: true; elapsedMs: number } & T) | FailureReply) => void,
  compute: () => T,
): void {
  const started = performance.now();
  try {
    send({ ok: true, ...compute(), elapsedMs: performance.now() - started });
  } catch (e) {
    send({ ok: false, error: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * Coalesces requests: when several arrive while one runs, only the newest waiting one is run and
 * the others are answered `superseded`. A newer request sent without zones takes those of the one
 * it supersedes when their keys agree.
 */
function newestOnly<R extends { id: number; zones?: Zone[] }>(
  key: (req: R) => number,
  run: (req: R) => void,
): (req: R) => void {
  let pending: R | null = null;
  return (req) => {
    if (pending) {
      if (pending.zones && !req.zones && key(pending) === key(req)) req.zones = pending.zones;
      post({ type: 'superseded', id: pending.id });
    }
    const first = pending === null;
    pending = req;
    if (first)
      setTimeout(() => {
        const next = pending;
        pending = null;
        if (next) run(next);
      }, 0);
  };
}

const evaluateZones = zoneCache();
const queueEvaluate = newestOnly<EvaluateRequest>(
  (req) => req.zonesVersion,
  (req) => {
    const zones = evaluateZones(req.id, req.zonesVersion, req.zones);
    if (!zones) return;
    answer(
      (reply) => post({ type: 'evaluate', id: req.id, reply }),
      () => ({
        evaluation: evaluateCoverage(zones, req.facilities, req.rules, req.statuses, (fraction) =>
          post({ type: 'progress', id: req.id, fraction }),
        ),
      }),
    );
  },
);

// Comparisons keep their own zones and queue, so that they never supersede an evaluation.
const compareZones = zoneCache();
const queueCompare = newestOnly<CompareRequest>(
  (req) => req.zonesKey,
  (req) => {
    const zones = compareZones(req.id, req.zonesKey, req.zones);
    if (!zones) return;
    answer(
      (reply) => post({ type: 'compare', id: req.id, reply }),
      () => ({
        comparison: compareFacilitySets(
          zones,
          req.population,
          req.rules,
          req.statuses,
          req.facilitiesA,
          req.facilitiesB,
          (fraction) => post({ type: 'progress', id: req.id, fraction }),
        ),
      }),
    );
  },
);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  if (isIoRequest(req)) {
    void handleIo(req, (message, transfer) => self.postMessage(message, transfer ?? []));
    return;
  }
  switch (req.type) {
    case 'importZones':
      post({ type: 'importZones', id: req.id, reply: importZones(req.geojson, req.fileName) });
      return;
    case 'importFacilities':
      post({ type: 'importFacilities', id: req.id, reply: importFacilities(req.geojson, req.fileName) });
      return;
    case 'evaluate':
      queueEvaluate(req);
      return;
    case 'compare':
      queueCompare(req);
      return;
  }
};
