import { existsSync, readFileSync } from 'node:fs';
import type { Rule } from '../src/domain/index.ts';

const common = { sources: [], enabled: true };
const drive = (speedKmh: number) => ({ mode: 'drive' as const, speedKmh, detourFactor: 1.3 });

/** Built-in representative rules, used only when seeds/presets/default.json is missing. */
export const BUILT_IN_RULES: Rule[] = [
  {
    ...common,
    id: 'ems_reach',
    title: { zh: '急救半径', en: 'Ambulance reach' },
    type: 'reach',
    kinds: ['emergency_centre', 'ambulance_station'],
    targetShare: 1,
    thresholds: {
      urban: { radiusKm: 5, minutes: 15, combine: 'either', travel: drive(30) },
      rural: { radiusKm: 20, minutes: 30, combine: 'both', travel: drive(40) },
    },
  },
  {
    ...common,
    id: 'health_circle',
    title: { zh: '健康服务圈', en: 'Health circle' },
    type: 'reach',
    kinds: [
      'community_health_centre',
      'community_health_station',
      'township_health_centre',
      'village_clinic',
    ],
    targetShare: 1,
    thresholds: {
      urban: { minutes: 15, combine: 'either', travel: { mode: 'walk', speedKmh: 4.5, detourFactor: 1.3 } },
      rural: { minutes: 30, combine: 'either', travel: drive(40) },
    },
  },
  {
    ...common,
    id: 'chc_per_street',
    title: { zh: '每街道社区卫生服务中心', en: 'CHC per street' },
    type: 'minCount',
    kinds: ['community_health_centre'],
    zoneLevel: 'street',
    minCount: 1,
    perPopulation: { minResidents: 30_000, maxResidents: 100_000 },
  },
  {
    ...common,
    id: 'beds_per_1000',
    title: { zh: '每千人床位', en: 'Beds per 1,000' },
    type: 'ratio',
    attribute: 'beds',
    perResidents: 1000,
    target: 6.5,
    scope: 'zone',
  },
];

/** Every rule of the default preset, switched on (a worst case), else the built-in list; says which. */
export function benchRules(): { rules: Rule[]; label: string } {
  const path = 'seeds/presets/default.json';
  if (!existsSync(path))
    return { rules: BUILT_IN_RULES, label: 'BUILT-IN representative rules (no default preset found)' };
  const preset = JSON.parse(readFileSync(path, 'utf8')) as { rules: Rule[] };
  const off = preset.rules.filter((r) => !r.enabled).length;
  return {
    rules: preset.rules.map((r) => ({ ...r, enabled: true })),
    label: `${path}: all ${preset.rules.length} rules, the ${off} disabled one(s) switched on`,
  };
}
