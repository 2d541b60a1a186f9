import type { Facility } from '../domain/index.ts';
import { haversineKm } from './geodesy.ts';

export interface FacilityMoveDiff {
  id: string;
  name: string;
  before: { lon: number; lat: number };
  after: { lon: number; lat: number };
  /** Great-circle distance between the two positions, metres. */
  distanceM: number;
}

export interface FacilityFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface FacilityDiff {
  /** In B, not in A (by id). */
  added: Facility[];
  /** In A, not in B. */
  removed: Facility[];
  /** Same id, different position. */
  moved: FacilityMoveDiff[];
  /** Same id, different attributes other than position (a facility may be both moved and changed). */
  changed: { id: string; name: string; fields: FacilityFieldChange[] }[];
}

function fieldChanges(a: Facility, b: Facility): FacilityFieldChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])] as (keyof Facility)[];
  return keys
    .filter((k) => k !== 'lon' && k !== 'lat' && a[k] !== b[k])
    .map((k) => ({ field: k, before: a[k], after: b[k] }));
}

/**
 * Facilities that differ between two lists, matched by id: added, removed, moved (with distance in
 * metres) and edited attributes. Order follows list B for added/moved/changed and A for removed.
 *
 * @example diffFacilities(baseline, scenarioFacilities(ws, 'sc-1')).moved[0]?.distanceM // 850.3
 */
export function diffFacilities(a: readonly Facility[], b: readonly Facility[]): FacilityDiff {
  const before = new Map(a.map((f) => [f.id, f]));
  const afterIds = new Set(b.map((f) => f.id));
  const diff: FacilityDiff = {
    added: [],
    removed: a.filter((f) => !afterIds.has(f.id)),
    moved: [],
    changed: [],
  };
  for (const fb of b) {
    const fa = before.get(fb.id);
    if (!fa) {
      diff.added.push(fb);
      continue;
    }
    if (fa.lon !== fb.lon || fa.lat !== fb.lat) {
      diff.moved.push({
        id: fb.id,
        name: fb.name,
        before: { lon: fa.lon, lat: fa.lat },
        after: { lon: fb.lon, lat: fb.lat },
        distanceM: haversineKm(fa.lon, fa.lat, fb.lon, fb.lat) * 1000,
      });
    }
    const fields = fieldChanges(fa, fb);
    if (fields.length > 0) diff.changed.push({ id: fb.id, name: fb.name, fields });
  }
  return diff;
}
