import { describe, expect, it } from 'vitest';
import { FACILITY_KIND_IDS, FACILITY_KINDS } from '../../src/domain/index.ts';
import { featuresToFacilities, KIND_ALIASES, resolveKind } from '../../src/engine/io/index.ts';
import { collection, expectedJson, point, readFixture } from './helpers.ts';

describe('resolveKind', () => {
  it('accepts every kind id, Chinese label and English label', () => {
    for (const id of FACILITY_KIND_IDS) {
      expect(resolveKind(id)).toBe(id);
      expect(resolveKind(FACILITY_KINDS[id].label.zh)).toBe(id);
      expect(resolveKind(FACILITY_KINDS[id].label.en)).toBe(id);
    }
  });

  it('maps the planners’ common words to kinds', () => {
    expect(resolveKind('卫生院')).toBe('township_health_centre');
    expect(resolveKind('中心卫生院')).toBe('central_township_health_centre');
    expect(resolveKind('120急救站')).toBe('ambulance_station');
    expect(resolveKind('疾控中心')).toBe('cdc');
    expect(resolveKind('三甲医院')).toBe('tertiary_general_hospital');
    expect(resolveKind(' Community Health Center ')).toBe('community_health_centre');
    expect(resolveKind('卫生所')).toBeUndefined();
  });

  it('every alias points at a known kind', () => {
    for (const kind of Object.values(KIND_ALIASES)) expect(FACILITY_KIND_IDS).toContain(kind);
  });

  it('tries the user’s own table first', () => {
    expect(resolveKind('卫生院', { 卫生院: 'central_township_health_centre' })).toBe(
      'central_township_health_centre',
    );
    expect(resolveKind('EMS', { ems: 'ambulance_station' })).toBe('ambulance_station');
  });
});

describe('featuresToFacilities', () => {
  it('reads kinds given as aliases, statuses in Chinese and numbers written as text', () => {
    const result = featuresToFacilities(readFixture('io_facilities/in/alias_kinds.geojson'), 'f.geojson');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.facilities.map((f) => f.kind)).toEqual([
      'township_health_centre',
      'ambulance_station',
      'tertiary_general_hospital',
      'mch_institution',
      'community_health_station',
      'central_blood_station',
    ]);
    expect(result.facilities.map((f) => f.status)).toEqual([
      'existing',
      'under_construction',
      'existing',
      'planned',
      'existing',
      'existing',
    ]);
    expect(result.facilities[0]?.beds).toBe(40);
    expect(result.facilities[2]?.beds).toBe(1200);
    expect(result.facilities[1]).toMatchObject({ ambulances: 3, lon: 102.63, lat: 25.01 });
    expect(result.facilities[4]?.open24h).toBe(true);
    expect(expectedJson('io_facilities/out/alias_kinds.json', result)).toEqual(
      JSON.parse(JSON.stringify(result)),
    );
  });

  it('refuses an unknown kind, naming the feature and listing the known kinds in Chinese and by id', () => {
    const fc = collection([point(102.6, 25), { name: '某卫生所', kind: '卫生所' }]);
    const result = featuresToFacilities(fc, 'f.geojson');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [error] = result.errors;
    expect(error).toMatchObject({ code: 'unknown_kind', featureIndex: 0, featureName: '某卫生所' });
    expect(error?.message.zh).toContain('社区卫生服务中心 community_health_centre');
    expect(error?.message.en).toContain('"卫生所"');
  });

  it('gives duplicate ids a suffix and warns', () => {
    const fc = collection(
      [point(102.6, 25), { id: 'A', name: 'x', kind: 'cdc' }],
      [point(102.7, 25), { id: 'A', name: 'y', kind: 'cdc' }],
    );
    const result = featuresToFacilities(fc, 'f.geojson');
    if (!result.ok) throw new Error('expected ok');
    expect(result.facilities.map((f) => f.id)).toEqual(['A', 'A-2']);
    expect(result.warnings.map((w) => w.code)).toContain('duplicate_id');
  });

  it('accepts a MultiPoint of one point but not of two', () => {
    const one = { type: 'MultiPoint' as const, coordinates: [[102.6, 25]] };
    const two = {
      type: 'MultiPoint' as const,
      coordinates: [
        [102.6, 25],
        [102.7, 25],
      ],
    };
    expect(featuresToFacilities(collection([one, { name: 'a', kind: 'cdc' }]), 'f').ok).toBe(true);
    expect(featuresToFacilities(collection([two, { name: 'a', kind: 'cdc' }]), 'f').ok).toBe(false);
  });

  it('fails when the file has no kind field, listing the fields it has', () => {
    const result = featuresToFacilities(
      collection([point(102.6, 25), { 名称: 'a', 等级: '一级' }]),
      'f.geojson',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message.en).toContain('名称, 等级');
    expect(result.errors[0]?.message.en).toContain('--kind-field');
  });

  it('does not mutate the FeatureCollection it reads', () => {
    const fc = readFixture('io_facilities/in/alias_kinds.geojson');
    const before = JSON.stringify(fc);
    featuresToFacilities(fc, 'f.geojson', { kindField: '类型' });
    expect(JSON.stringify(fc)).toBe(before);
  });
});
