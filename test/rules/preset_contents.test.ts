import { describe, expect, it } from 'vitest';
import {
  DOCUMENTS,
  type MinCountRule,
  type RatioRule,
  type ReachRule,
  type Rule,
  TRAVEL_DEFAULTS,
} from '../../src/domain/index.ts';
import { preset } from './preset_files.ts';

function rule<T extends Rule['type']>(fileName: string, id: string, type: T): Extract<Rule, { type: T }> {
  const found = preset(fileName).rules.find((r) => r.id === id);
  if (!found || found.type !== type) throw new Error(`${fileName} has no ${type} rule ${id}`);
  return found as Extract<Rule, { type: T }>;
}
const cites = (r: Rule, doc: keyof typeof DOCUMENTS, line: number) =>
  r.sources.some((s) => s.file === DOCUMENTS[doc].file && s.lines.includes(line));

describe('000 Yuxi', () => {
  it('ambulance reach: urban 5 km or 15 min, rural 20 km and 30 min, from L612', () => {
    const r: ReachRule = rule('000_yuxi.json', 'ems_reach', 'reach');
    expect(r.thresholds.urban).toMatchObject({ radiusKm: 5, minutes: 15, combine: 'either' });
    expect(r.thresholds.rural).toMatchObject({ radiusKm: 20, minutes: 30, combine: 'both' });
    expect(r.kinds).toEqual(['emergency_centre', 'ambulance_station']);
    expect(cites(r, '000', 612)).toBe(true);
  });

  it('the wider ambulance network is a second rule, off by default, that also counts hospitals and health centres', () => {
    const narrow = rule('000_yuxi.json', 'ems_reach', 'reach');
    const wide = rule('000_yuxi.json', 'ems_reach_network', 'reach');
    expect(wide.enabled).toBe(false);
    expect(wide.thresholds).toEqual(narrow.thresholds);
    expect(wide.kinds).toEqual(
      expect.arrayContaining([...narrow.kinds, 'township_health_centre', 'community_health_centre']),
    );
  });

  it('village clinics in villages of 800 or more, except where the township health centre is', () => {
    const r: MinCountRule = rule('000_yuxi.json', 'village_clinic_800', 'minCount');
    expect(r).toMatchObject({ zoneLevel: 'village', kinds: ['village_clinic'], minCount: 1 });
    expect(r.exceptions?.belowPopulation).toBe(800);
    expect(r.exceptions?.hostsKinds).toContain('township_health_centre');
    expect(cites(r, '000', 299)).toBe(true);
  });

  it('beds, doctors and nurses per 1,000 carry the 2025 targets of Table 1 and are expected', () => {
    const targets = ['beds', 'doctors', 'nurses'].map((a) => rule('000_yuxi.json', `${a}_per_1000`, 'ratio'));
    expect(targets.map((r) => r.target)).toEqual([7.09, 3.56, 4.76]);
    expect(targets.every((r) => r.nature === 'expected' && r.perResidents === 1000)).toBe(true);
    expect(rule('000_yuxi.json', 'ambulances_per_30k', 'ratio')).toMatchObject({
      perResidents: 30000,
      target: 1,
    });
  });
});

describe('001 district', () => {
  it('half-hour blood donation circle, 30 minutes in town and country, from L749 and L1547', () => {
    const r = rule('001_district.json', 'blood_circle', 'reach');
    expect(r.thresholds.urban?.minutes).toBe(30);
    expect(r.thresholds.rural?.minutes).toBe(30);
    expect(r.kinds).toContain('blood_collection_point');
    expect(cites(r, '001', 749) && cites(r, '001', 1547)).toBe(true);
  });

  it('a fixed blood collection point in every street and every town', () => {
    expect(rule('001_district.json', 'blood_point_per_street', 'minCount').zoneLevel).toBe('street');
    expect(rule('001_district.json', 'blood_point_per_township', 'minCount').zoneLevel).toBe('township');
  });

  it('one community health centre per street or per 30,000–100,000 residents', () => {
    const r = rule('001_district.json', 'chc_per_street', 'minCount');
    expect(r.perPopulation).toEqual({ minResidents: 30000, maxResidents: 100000 });
  });
});

describe('002 Linfen', () => {
  it('ambulance radius 5 km urban and 10–20 km rural (upper bound), no minutes', () => {
    const r = rule('002_linfen.json', 'ems_reach', 'reach');
    expect(r.thresholds).toEqual({
      urban: { radiusKm: 5, combine: 'either' },
      rural: { radiusKm: 20, combine: 'either' },
    });
    expect(r.description?.en).toMatch(/10 km/);
    expect(cites(r, '002', 218) && cites(r, '002', 254)).toBe(true);
  });

  it('the 15-minute medical circle counts tertiary general hospitals in urban zones only', () => {
    const r = rule('002_linfen.json', 'medical_circle_15min', 'reach');
    expect(r.kinds).toEqual(['tertiary_general_hospital']);
    expect(r.thresholds.urban?.minutes).toBe(15);
    expect(r.thresholds.rural).toBeUndefined();
  });

  it('ambulances per 10,000 reach 0.30 by 2025', () => {
    expect(rule('002_linfen.json', 'ambulances_per_10k', 'ratio')).toMatchObject({
      perResidents: 10000,
      target: 0.3,
    });
  });
});

describe('004 Xishan and the default preset', () => {
  it('health circle: 15 minutes urban on foot, 30 minutes rural by vehicle, from L598', () => {
    const r = rule('004_xishan.json', 'health_circle', 'reach');
    expect(r.thresholds.urban).toEqual({ minutes: 15, combine: 'either', travel: TRAVEL_DEFAULTS.walk });
    expect(r.thresholds.rural).toEqual({
      minutes: 30,
      combine: 'either',
      travel: TRAVEL_DEFAULTS.driveRural,
    });
    expect(cites(r, '004', 598)).toBe(true);
  });

  it('the Xishan 2025 targets are 18 beds, 10 doctors and 13.5 nurses per 1,000 over the whole area', () => {
    for (const file of ['004_xishan.json', 'default.json']) {
      const ratios: RatioRule[] = ['beds', 'doctors', 'nurses'].map((a) =>
        rule(file, `${a}_per_1000`, 'ratio'),
      );
      expect(ratios.map((r) => [r.target, r.scope])).toEqual([
        [18, 'area'],
        [10, 'area'],
        [13.5, 'area'],
      ]);
    }
  });

  it('the default preset holds the set a Xishan planner checks', () => {
    expect(preset('default.json').rules.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'ems_reach',
        'health_circle',
        'blood_circle',
        'thc_per_township',
        'chc_per_street',
        'station_per_village',
        'village_clinic_800',
        'blood_point_per_street',
        'cdc_per_county',
        'mch_per_county',
        'ambulances_per_30k',
        'beds_per_1000',
        'doctors_per_1000',
        'nurses_per_1000',
      ]),
    );
  });

  it('in the default preset only the wider ambulance network is switched off', () => {
    expect(
      preset('default.json')
        .rules.filter((r) => !r.enabled)
        .map((r) => r.id),
    ).toEqual(['ems_reach_network']);
  });

  it('one community health centre per street in Xishan, with the 30,000–100,000 band in the default', () => {
    expect(rule('004_xishan.json', 'chc_per_street', 'minCount').perPopulation).toBeUndefined();
    expect(rule('default.json', 'chc_per_street', 'minCount').perPopulation?.maxResidents).toBe(100000);
  });
});

describe('003 Kunming', () => {
  it('holds the one rule of the action plan the tool can check: a county TCM institution everywhere', () => {
    expect(preset('003_kunming.json').rules.map((r) => r.id)).toEqual(['tcm_hospital_per_county']);
  });
});
