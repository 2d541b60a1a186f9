import { describe, expect, it } from 'vitest';
import {
  emptyWorkspace,
  FACILITY_STATUSES,
  type Facility,
  type FacilityKind,
  scenarioFacilities,
} from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/coverage.ts';
import {
  applyChange,
  beginGesture,
  countedStatusesOf,
  effectiveRules,
  endGesture,
  getWorkspace,
  redo,
  replaceWorkspace,
  undo,
  useAppStore,
} from '../../src/store/index.ts';
import { findPreset } from '../../src/store/presets.ts';
import { evaluateCoverage } from '../../src/worker/engine_bridge.ts';
import { facility, rectZone, rng } from '../engine/helpers.ts';

const zones = [
  rectZone('S1', [102.6, 25.0, 102.68, 25.08], { population: 60_000 }),
  rectZone('S2', [102.68, 25.0, 102.76, 25.08], { cls: 'rural', population: 20_000 }),
  rectZone('V1', [102.6, 25.0, 102.64, 25.04], { level: 'village', population: 5_000 }),
];
const KINDS: FacilityKind[] = [
  'ambulance_station',
  'community_health_centre',
  'village_clinic',
  'blood_bank',
];

describe('the app path: store edits → evaluated facilities → the worker’s incremental model', () => {
  it('equals a full recompute after each of 120 seeded random edits, drags, undos and redos', () => {
    const rand = rng(7061);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
    const point = () => [102.6 + rand() * 0.16, 25.0 + rand() * 0.08] as const;
    const baseline: Facility[] = Array.from({ length: 12 }, (_, i) => {
      const [lon, lat] = point();
      return facility(`b${i}`, pick(KINDS), lon, lat, { beds: Math.floor(rand() * 80) });
    });
    replaceWorkspace(
      { ...emptyWorkspace({ id: 'inc', name: 'inc', presetId: 'default' }), zones, baseline },
      { record: false },
    );
    const check = (step: number) => {
      const state = useAppStore.getState();
      const ws = state.workspace;
      expect(state.facilities).toEqual(scenarioFacilities(ws, ws.activeScenarioId));
      const rules = effectiveRules(findPreset(ws.rules.presetId), ws.rules.overrides);
      const statuses = [...countedStatusesOf(ws.rules)];
      const incremental = evaluateCoverage(ws.zones, state.facilities, rules, statuses, () => {});
      const full = evaluate(ws.zones, state.facilities, rules, { statuses, gaps: true });
      expect(incremental, `step ${step}`).toEqual(full);
    };
    let next = 0;
    const ops = { placed: 0, moved: 0, removed: 0, edited: 0, undone: 0, redone: 0, other: 0 };
    for (let step = 0; step < 120; step++) {
      const shown = useAppStore.getState().facilities;
      const op = rand();
      if (op < 0.2) {
        const [lon, lat] = point();
        applyChange({
          kind: 'addProposal',
          facility: { ...facility(`p${next++}`, pick(KINDS), lon, lat), status: 'proposed' },
        });
        ops.placed++;
      } else if (op < 0.45 && shown.length > 0) {
        const f = pick(shown);
        beginGesture();
        for (let k = 0; k < 4; k++)
          applyChange({
            kind: 'moveFacility',
            facilityId: f.id,
            lon: f.lon + (rand() - 0.5) * 0.02,
            lat: f.lat + (rand() - 0.5) * 0.02,
          });
        endGesture();
        ops.moved++;
      } else if (op < 0.55 && shown.length > 0) {
        applyChange({ kind: 'removeFacility', facilityId: pick(shown).id });
        ops.removed++;
      } else if (op < 0.65 && shown.length > 0) {
        const f = pick(shown);
        applyChange({
          kind: 'upsertFacility',
          facility: { ...f, kind: pick(KINDS), status: pick(FACILITY_STATUSES) },
        });
        ops.edited++;
      } else if (op < 0.78) {
        ops.undone += undo() ? 1 : 0;
        if (rand() < 0.6) {
          check(step);
          ops.redone += redo() ? 1 : 0;
        }
      } else if (op < 0.86) {
        ops.redone += redo() ? 1 : 0;
      } else if (op < 0.93) {
        const ws = getWorkspace();
        const target = pick([null, ...ws.scenarios.map((s) => s.id)]);
        if (target !== ws.activeScenarioId)
          applyChange({ type: 'active_scenario_set', before: ws.activeScenarioId, after: target });
        ops.other++;
      } else {
        applyChange({ kind: 'setCountedStatuses', statuses: FACILITY_STATUSES.filter(() => rand() < 0.7) });
        ops.other++;
      }
      check(step);
    }
    // Every kind of edit happened, so the comparison covered each path.
    for (const [name, count] of Object.entries(ops)) expect(count, name).toBeGreaterThan(2);
  });
});
