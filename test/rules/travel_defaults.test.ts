import { describe, expect, it } from 'vitest';
import { straightLineReachKm, TRAVEL_DEFAULTS } from '../../src/domain/index.ts';

describe('straightLineReachKm', () => {
  it('15 minutes on foot is about 0.87 km in a straight line, inside the 800–1,000 m of a 15-minute life circle', () => {
    const km = straightLineReachKm(15, TRAVEL_DEFAULTS.walk);
    expect(km).toBeCloseTo(4.5 / 4 / 1.3, 12);
    expect(km).toBeGreaterThan(0.8);
    expect(km).toBeLessThan(1.0);
  });

  it('an urban ambulance in 15 minutes reaches further than the 5 km radius', () => {
    expect(straightLineReachKm(15, TRAVEL_DEFAULTS.driveUrban)).toBeCloseTo(7.5 / 1.3, 12);
  });

  it('a rural ambulance in 30 minutes reaches less than 20 km, so the minutes decide a `both` threshold', () => {
    const km = straightLineReachKm(30, TRAVEL_DEFAULTS.driveRural);
    expect(km).toBeCloseTo(20 / 1.3, 12);
    expect(km).toBeLessThan(20);
  });

  it('doubling the detour factor halves the reach', () => {
    const t = TRAVEL_DEFAULTS.cycle;
    expect(straightLineReachKm(30, { ...t, detourFactor: t.detourFactor * 2 })).toBeCloseTo(
      straightLineReachKm(30, t) / 2,
      12,
    );
  });
});
