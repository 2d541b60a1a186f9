import type { Label, ZoneClass, ZoneLevel } from '../../domain/index.ts';

const LEVEL: Record<ZoneLevel, Label> = {
  county: { zh: '区县', en: 'county' },
  township: { zh: '乡镇', en: 'township' },
  street: { zh: '街道', en: 'street' },
  village: { zh: '行政村（社区）', en: 'village' },
};
const CLASS: Record<ZoneClass, Label> = {
  urban: { zh: '城市', en: 'urban' },
  rural: { zh: '农村', en: 'rural' },
};

/** Bilingual notes attached to n/a results and exemptions. */
export const notes = {
  noThreshold: (cls: ZoneClass): Label => ({
    zh: `该规则未设定${CLASS[cls].zh}地区的阈值，不评估`,
    en: `The rule sets no threshold for ${CLASS[cls].en} zones: not assessed`,
  }),
  populationUnknown: { zh: '人口未知，无法按人口判断', en: 'Population unknown: cannot judge by population' },
  noCells: { zh: '边界无法使用，未评估', en: 'Boundary unusable: not assessed' },
  otherLevel: (level: ZoneLevel): Label => ({
    zh: `该规则按${LEVEL[level].zh}评估`,
    en: `The rule assesses ${LEVEL[level].en} zones`,
  }),
  classExcluded: (cls: ZoneClass): Label => ({
    zh: `该规则不适用于${CLASS[cls].zh}地区`,
    en: `The rule does not apply to ${CLASS[cls].en} zones`,
  }),
  noZonesOfLevel: (level: ZoneLevel): Label => ({
    zh: `未载入${LEVEL[level].zh}边界`,
    en: `No ${LEVEL[level].en} zones loaded`,
  }),
  wholeAreaUnit: {
    zh: '未载入区县边界，以整个范围为评估单元',
    en: 'No county zones loaded: the whole area is the unit',
  },
  areaOnly: { zh: '该指标仅按全域评估', en: 'Assessed for the whole area only' },
  noZonesAssessed: { zh: '没有可评估的区域', en: 'No zone could be assessed' },
  belowPopulation: (n: number): Label => ({
    zh: `常住人口少于${n}人，豁免`,
    en: `Fewer than ${n} residents: exempt`,
  }),
  hostsKinds: { zh: '区域内已有上级机构，豁免', en: 'Hosts a facility of an exempting kind: exempt' },
};
