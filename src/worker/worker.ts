/// <reference lib="webworker" />
import type { Zone } from '../domain/index.ts';
import { compareFacilitySets } from './compare_bridge.ts';
import { evaluateCoverage, importFacilities, importZones } from './engine_bridge.ts';
import { handleIo, isIoRequest } from './io_bridge.ts';
import type { CompareRequest, WorkerRequest, WorkerResponse } from './protocol.ts';

// The worker entry: it only routes typed messages to pure engine functions.
declare const self: DedicatedWorkerGlobalScope;

let zones: { version: number; zones: Zone[] } | null = null;
let pendingEvaluate: Extract<WorkerRequest, { type: 'evaluate' }> | null = null;
let scheduled = false;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

function runEvaluate(req: Extract<WorkerRequest, { type: 'evaluate' }>): void {
  if (req.zones) zones = { version: req.zonesVersion, zones: req.zones };
  if (!zones || zones.version !== req.zonesVersion) {
    post({ type: 'needZones', id: req.id });
    return;
  }
  const started = performance.now();
  try {
    const evaluation = evaluateCoverage(zones.zones, req.facilities, req.rules, req.statuses, (fraction) =>
      post({ type: 'progress', id: req.id, fraction }),
    );
    post({
      type: 'evaluate',
      id: req.id,
      reply: { ok: true, evaluation, elapsedMs: performance.now() - started },
    });
  } catch (e) {
    post({
      type: 'evaluate',
      id: req.id,
      reply: { ok: false, error: e instanceof Error ? e.message : String(e) },
    });
  }
}

// Evaluations are coalesced: when several arrive while one runs, only the newest is computed.
function drain(): void {
  scheduled = false;
  const req = pendingEvaluate;
  pendingEvaluate = null;
  if (req) runEvaluate(req);
}

// Comparisons keep their own zones and are coalesced like evaluations (only the newest runs).
let compareZones: { key: number; zones: Zone[] } | null = null;
let pendingCompare: CompareRequest | null = null;

function runCompare(req: CompareRequest): void {
  if (req.zones) compareZones = { key: req.zonesKey, zones: req.zones };
  if (!compareZones || compareZones.key !== req.zonesKey) {
    post({ type: 'needZones', id: req.id });
    return;
  }
  const started = performance.now();
  try {
    const comparison = compareFacilitySets(
      compareZones.zones,
      req.population,
      req.rules,
      req.statuses,
      req.facilitiesA,
      req.facilitiesB,
      (fraction) => post({ type: 'progress', id: req.id, fraction }),
    );
    post({
      type: 'compare',
      id: req.id,
      reply: { ok: true, comparison, elapsedMs: performance.now() - started },
    });
  } catch (e) {
    post({
      type: 'compare',
      id: req.id,
      reply: { ok: false, error: e instanceof Error ? e.message : String(e) },
    });
  }
}

function queueCompare(req: CompareRequest): void {
  if (pendingCompare) {
    if (pendingCompare.zones && !req.zones && pendingCompare.zonesKey === req.zonesKey)
      req.zones = pendingCompare.zones;
    post({ type: 'superseded', id: pendingCompare.id });
  }
  const first = pendingCompare === null;
  pendingCompare = req;
  if (first)
    setTimeout(() => {
      const next = pendingCompare;
      pendingCompare = null;
      if (next) runCompare(next);
    }, 0);
}

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
      if (pendingEvaluate) {
        const sameZones = pendingEvaluate.zonesVersion === req.zonesVersion;
        if (pendingEvaluate.zones && !req.zones && sameZones) req.zones = pendingEvaluate.zones;
        post({ type: 'superseded', id: pendingEvaluate.id });
      }
      pendingEvaluate = req;
      if (!scheduled) {
        scheduled = true;
        setTimeout(drain, 0);
      }
      return;
    case 'compare':
      queueCompare(req);
      return;
  }
};
