import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/coverage.ts';
import { expectedOutput, fixtureCases, readFixture, roundDeep } from './fixture_io.ts';

describe('fixtures: coverage evaluation', () => {
  for (const c of fixtureCases('test/fixtures/coverage_evaluation')) {
    it(`evaluates ${c.name} to the stored results`, () => {
      const input = readFixture(c.inPath);
      const ev = evaluate(input.zones, input.facilities, input.rules, { ...input.options, gaps: false });
      const actual = roundDeep({
        type: 'FeatureCollection',
        issues: ev.issues,
        area: ev.area,
        features: input.zones.map((z) => ({
          type: 'Feature',
          properties: {
            code: z.code,
            name: z.name,
            results: ev.results.filter((r) => r.zoneCode === z.code),
          },
          geometry: null,
        })),
      });
      expect(actual).toEqual(expectedOutput(c.outPath, actual));
    });
  }
});

describe('fixtures: coverage gaps', () => {
  for (const c of fixtureCases('test/fixtures/coverage_gaps')) {
    it(`traces the gaps of ${c.name} to the stored polygons`, () => {
      const input = readFixture(c.inPath);
      const ev = evaluate(input.zones, input.facilities, input.rules, input.options);
      const actual = roundDeep({ type: 'FeatureCollection', features: ev.gaps });
      expect(actual).toEqual(expectedOutput(c.outPath, actual));
    });
  }
});
