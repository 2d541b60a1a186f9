import type { Change, Facility, Workspace, Zone } from '../../src/domain/index.ts';
import {
  addFacility,
  createScenario,
  deleteScenario,
  duplicateScenario,
  emptyWorkspace,
  excludeBaselineFacility,
  moveFacilities,
  removeFacility,
  renameScenario,
  renameWorkspace,
  setActiveScenario,
  setRuleSetting,
  setZoneAttributes,
  switchPreset,
  updateFacility,
} from '../../src/domain/index.ts';

/** mulberry32: a small seeded PRNG, 0 ≤ x < 1. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function square(lon: number, lat: number, sizeDeg: number): Zone['geometry'] {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + sizeDeg, lat],
        [lon + sizeDeg, lat + sizeDeg],
        [lon, lat + sizeDeg],
        [lon, lat],
      ],
    ],
  };
}

export function facility(id: string, lon: number, lat: number, extra: Partial<Facility> = {}): Facility {
  return { id, name: `设施 ${id}`, kind: 'community_health_centre', status: 'existing', lon, lat, ...extra };
}

/** A small workspace: two streets, three baseline facilities, one scenario with one proposal. */
export function sampleWorkspace(): Workspace {
  const ws = emptyWorkspace({ id: 'ws-test', name: '测试工作区', presetId: 'default' });
  return {
    ...ws,
    zones: [
      {
        code: 'z1',
        name: '马街街道',
        level: 'street',
        class: 'urban',
        population: 80000,
        geometry: square(102.6, 25, 0.05),
      },
      {
        code: 'z2',
        name: '碧鸡街道',
        level: 'street',
        class: 'rural',
        population: 30000,
        geometry: square(102.65, 25, 0.05),
      },
    ],
    baseline: [
      facility('b1', 102.61, 25.01),
      facility('b2', 102.66, 25.02, { kind: 'township_health_centre', beds: 40 }),
      facility('b3', 102.62, 25.04, { kind: 'ambulance_station', ambulances: 2 }),
    ],
    scenarios: [
      {
        id: 's1',
        name: '方案一',
        createdAt: '2026-01-01T00:00:00.000Z',
        facilities: [facility('p1', 102.67, 25.03, { status: 'proposed', kind: 'ambulance_station' })],
        removedBaselineIds: [],
      },
    ],
    activeScenarioId: 's1',
  };
}

/** Freeze `value` and everything in it, so that a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function pick<T>(rand: () => number, items: readonly T[]): T | undefined {
  return items[Math.floor(rand() * items.length)];
}

/** A random valid change for `ws`, or null when the chosen edit changes nothing. */
export function randomChange(ws: Workspace, rand: () => number, serial: number): Change | null {
  const lists = [null, ...ws.scenarios.map((s) => s.id)];
  const list = pick(rand, lists) ?? null;
  const items = list === null ? ws.baseline : (ws.scenarios.find((s) => s.id === list)?.facilities ?? []);
  const someFacility = pick(rand, items);
  const someScenario = pick(rand, ws.scenarios);
  const r = Math.round;
  switch (Math.floor(rand() * 13)) {
    case 0:
      return addFacility(
        ws,
        list,
        facility(`n${serial}`, 102.6 + rand() / 10, 25 + rand() / 10),
        Math.floor(rand() * (items.length + 1)),
      );
    case 1:
      return someFacility ? removeFacility(ws, list, someFacility.id) : null;
    case 2:
      return someFacility
        ? updateFacility(ws, list, someFacility.id, { beds: r(rand() * 100), name: `改名 ${serial}` })
        : null;
    case 3:
      return someFacility
        ? moveFacilities(ws, list, [{ id: someFacility.id, lon: 102.6 + rand() / 10, lat: 25 + rand() / 10 }])
        : null;
    case 4:
      return setZoneAttributes(ws, pick(rand, ['z1', 'z2']) ?? 'z1', {
        population: r(rand() * 1e5),
        class: rand() < 0.5 ? 'urban' : 'rural',
      });
    case 5:
      return setRuleSetting(
        ws,
        pick(rand, ['ems', 'chc']) ?? 'ems',
        ['thresholds', 'urban', 'radiusKm'],
        rand() < 0.3 ? undefined : r(rand() * 20),
      );
    case 6:
      return setRuleSetting(ws, 'chc', ['enabled'], rand() < 0.5);
    case 7:
      return switchPreset(ws, pick(rand, ['default', 'yuxi', 'xishan']) ?? 'default');
    case 8:
      return createScenario(
        ws,
        { id: `sc${serial}`, name: `方案 ${serial}`, createdAt: '2026-02-01T00:00:00.000Z' },
        rand() < 0.5,
      );
    case 9:
      return someScenario
        ? duplicateScenario(ws, someScenario.id, {
            id: `d${serial}`,
            name: '副本',
            createdAt: '2026-03-01T00:00:00.000Z',
          })
        : null;
    case 10:
      return someScenario
        ? rand() < 0.5
          ? renameScenario(ws, someScenario.id, `重命名 ${serial}`)
          : deleteScenario(ws, someScenario.id)
        : null;
    case 11: {
      const b = pick(rand, ws.baseline);
      if (!someScenario || !b) return setActiveScenario(ws, null);
      return rand() < 0.5
        ? excludeBaselineFacility(ws, someScenario.id, b.id, rand() < 0.7)
        : setActiveScenario(ws, someScenario.id);
    }
    default:
      return renameWorkspace(ws, `工作区 ${serial}`);
  }
}
