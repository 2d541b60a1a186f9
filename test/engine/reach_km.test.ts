import { describe, expect, it } from 'vitest';
import type { ReachThreshold } from '../../src/domain/index.ts';
import { effectiveReachKm } from '../../src/engine/coverage.ts';

const drive = { mode: 'drive' as const, speedKmh: 40, detourFactor: 1.3 };

describe('effective straight-line reach', () => {
  it('turns minutes into km by speed × minutes / 60 / detour factor', () => {
    expect(effectiveReachKm({ minutes: 30, combine: 'either', travel: drive })).toBeCloseTo(40 / 2 / 1.3, 12);
  });

  it('takes the larger reach for either and the smaller for both', () => {
    const t: ReachThreshold = { radiusKm: 20, minutes: 30, combine: 'either', travel: drive };
    expect(effectiveReachKm(t)).toBe(20);
    expect(effectiveReachKm({ ...t, radiusKm: 10 })).toBeCloseTo(15.3846, 4);
    expect(effectiveReachKm({ ...t, combine: 'both' })).toBeCloseTo(15.3846, 4);
  });

  it('uses the radius alone when minutes come without a travel assumption, and null when nothing is usable', () => {
    expect(effectiveReachKm({ radiusKm: 5, minutes: 15, combine: 'both' })).toBe(5);
    expect(effectiveReachKm({ minutes: 15, combine: 'either' })).toBeNull();
  });

  it('does not mutate the threshold', () => {
    const t: ReachThreshold = { radiusKm: 5, minutes: 15, combine: 'either', travel: { ...drive } };
    const before = JSON.stringify(t);
    effectiveReachKm(t);
    expect(JSON.stringify(t)).toBe(before);
  });
});
