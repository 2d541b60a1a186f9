import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FACILITY_STATUSES, type Zone } from '../../src/domain/index.ts';
import { compareEvaluations } from '../../src/engine/compare_scenarios.ts';
import { evaluate } from '../../src/engine/coverage.ts';
import { effectiveRules } from '../../src/store/index.ts';
import { findPreset } from '../../src/store/presets.ts';
import type { CompareRequest, WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';
import { facility, rectZone } from '../engine/helpers.ts';

// The worker entry (src/worker/worker.ts) run in Node: `self` is a stand-in that records what the
// worker posts, and requests go to its onmessage as the page's postMessage would deliver them.
const posted: WorkerResponse[] = [];
const scope = {
  postMessage: (message: WorkerResponse) => posted.push(message),
  onmessage: null as ((event: { data: WorkerRequest }) => void) | null,
};

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../src/worker/worker.ts');
});

beforeEach(() => {
  posted.length = 0;
});

const send = (req: WorkerRequest) => scope.onmessage?.({ data: req });
const answersTo = (id: number) => posted.filter((m) => m.id === id && m.type !== 'progress');
/** Waits until the worker has answered every one of `ids` (its queues run on a zero timeout). */
const answered = (...ids: number[]) =>
  vi.waitFor(() => {
    for (const id of ids) expect(answersTo(id), `answer to ${id}`).toHaveLength(1);
  });

const zones: Zone[] = [
  rectZone('S1', [102.6, 25.0, 102.68, 25.08], { population: 60_000 }),
  rectZone('S2', [102.68, 25.0, 102.76, 25.08], { cls: 'rural', population: 20_000 }),
];
const stationA = facility('a', 'ambulance_station', 102.62, 25.02);
const stationB = facility('b', 'ambulance_station', 102.74, 25.06);
const rules = effectiveRules(findPreset('default'), {}).filter((r) => r.id === 'ems_reach');
const statuses = [...FACILITY_STATUSES];
const evaluateReq = (
  id: number,
  version: number,
  withZones: boolean,
  facilities = [stationA],
): Extract<WorkerRequest, { type: 'evaluate' }> => ({
  type: 'evaluate',
  id,
  zonesVersion: version,
  ...(withZones ? { zones } : {}),
  facilities,
  rules,
  statuses,
});
const compareReq = (id: number, key: number, withZones: boolean): CompareRequest => ({
  type: 'compare',
  id,
  zonesKey: key,
  ...(withZones ? { zones } : {}),
  rules,
  statuses,
  facilitiesA: [stationA],
  facilitiesB: [stationA, stationB],
});

describe('the worker entry coalesces evaluations and comparisons', () => {
  it('answers only the newest of evaluations sent together; the older is superseded and its zones carried over', async () => {
    send(evaluateReq(1, 1, true));
    send(evaluateReq(2, 1, false, [stationA, stationB]));
    await answered(1, 2);
    expect(answersTo(1)).toEqual([{ type: 'superseded', id: 1 }]);
    const [reply] = answersTo(2);
    if (reply?.type !== 'evaluate' || !reply.reply.ok)
      throw new Error(`no evaluation: ${JSON.stringify(reply)}`);
    const full = evaluate(zones, [stationA, stationB], rules, { statuses, gaps: true });
    expect(reply.reply.evaluation.results).toEqual(full.results);
    expect(reply.reply.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('asks for the zones of a version it does not hold', async () => {
    send(evaluateReq(3, 2, false));
    await answered(3);
    expect(answersTo(3)).toEqual([{ type: 'needZones', id: 3 }]);
  });

  it('keeps comparisons apart: a comparison neither supersedes an evaluation nor uses its zones', async () => {
    send(evaluateReq(4, 1, false));
    send(compareReq(5, 1, false));
    await answered(4, 5);
    expect(answersTo(4)[0]?.type).toBe('evaluate');
    expect(answersTo(5)).toEqual([{ type: 'needZones', id: 5 }]);

    send(compareReq(6, 1, true));
    send(compareReq(7, 1, false));
    await answered(6, 7);
    expect(answersTo(6)).toEqual([{ type: 'superseded', id: 6 }]);
    const [reply] = answersTo(7);
    if (reply?.type !== 'compare' || !reply.reply.ok)
      throw new Error(`no comparison: ${JSON.stringify(reply)}`);
    const before = evaluate(zones, [stationA], rules, { statuses, gaps: false });
    const after = evaluate(zones, [stationA, stationB], rules, { statuses, gaps: false });
    expect(reply.reply.comparison).toEqual(
      compareEvaluations(before, after, zones, [stationA], [stationA, stationB]),
    );
    // Station b is in rural S2: the comparison shows people newly covered there.
    const s2 = reply.reply.comparison.zones.find((r) => r.zoneCode === 'S2' && r.ruleId === 'ems_reach');
    expect(s2?.populationCovered?.change).toBeGreaterThan(0);
    expect(reply.reply.comparison.facilities.added.map((f) => f.id)).toEqual(['b']);
  });

  it('reports an engine error as a failed reply instead of throwing', async () => {
    send({ ...evaluateReq(8, 1, false), rules: null as never });
    await answered(8);
    const [reply] = answersTo(8);
    if (reply?.type !== 'evaluate') throw new Error(`no evaluate reply: ${JSON.stringify(reply)}`);
    expect(reply.reply).toMatchObject({ ok: false, error: expect.any(String) });
  });
});
