import Papa from 'papaparse';
import { FACILITY_KINDS, isFacilityKind, type Label, type RuleStatus } from '../domain/index.ts';
import type { Comparison, Delta, RuleComparison } from './compare_scenarios.ts';

type Lang = 'zh' | 'en';
type Cell = string | number | null;

const STATUS: Record<RuleStatus, Label> = {
  pass: { zh: '达标', en: 'pass' },
  fail: { zh: '未达标', en: 'fail' },
  na: { zh: '不适用', en: 'n/a' },
};
const FLIP = { fixed: { zh: '转为达标', en: 'now passes' }, broken: { zh: '转为未达标', en: 'now fails' } };
const AREA: Label = { zh: '全域', en: 'Whole area' };

const RULE_COLUMNS: Label[] = [
  { zh: '规则', en: 'Rule' },
  { zh: '规则编号', en: 'Rule id' },
  { zh: '区划代码', en: 'Zone code' },
  { zh: '区划名称', en: 'Zone' },
  { zh: '原状态', en: 'Status before' },
  { zh: '新状态', en: 'Status after' },
  { zh: '状态变化', en: 'Status change' },
  { zh: '覆盖人口（前）', en: 'People covered before' },
  { zh: '覆盖人口（后）', en: 'People covered after' },
  { zh: '覆盖人口变化', en: 'People covered change' },
  { zh: '覆盖率（前）%', en: 'Share covered before %' },
  { zh: '覆盖率（后）%', en: 'Share covered after %' },
  { zh: '覆盖率变化（百分点）', en: 'Share change (points)' },
  { zh: '设施数（前）', en: 'Facilities before' },
  { zh: '设施数（后）', en: 'Facilities after' },
  { zh: '设施数变化', en: 'Facilities change' },
  { zh: '应有设施数（后）', en: 'Facilities required after' },
  { zh: '比值（前）', en: 'Ratio before' },
  { zh: '比值（后）', en: 'Ratio after' },
  { zh: '比值变化', en: 'Ratio change' },
  { zh: '目标值', en: 'Target' },
];

const round = (x: number | null | undefined, digits: number): Cell =>
  x === null || x === undefined ? null : Number(x.toFixed(digits)) + 0;
const triple = (d: Delta | undefined, digits: number, scale = 1): Cell[] =>
  [d?.before, d?.after, d?.change].map((x) => round(x === null || x === undefined ? x : x * scale, digits));

function ruleRow(r: RuleComparison, lang: Lang, titles: Record<string, Label>): Cell[] {
  const status = (s: RuleStatus | null) => (s ? STATUS[s][lang] : '');
  return [
    titles[r.ruleId]?.[lang] ?? r.ruleId,
    r.ruleId,
    r.zoneCode === '__area__' ? '' : r.zoneCode,
    r.zoneCode === '__area__' ? AREA[lang] : r.zoneName,
    status(r.statusBefore),
    status(r.statusAfter),
    r.flip ? FLIP[r.flip][lang] : '',
    ...triple(r.populationCovered, 0),
    ...triple(r.populationShare, 1, 100),
    ...triple(r.count, 0),
    round(r.required?.after, 0),
    ...triple(r.ratio, 3),
    round(r.target, 3),
  ];
}

/** CSV text starting with a BOM (U+FEFF), CRLF lines; formula-like text gets a leading quote. */
function toCsv(fields: string[], data: Cell[][]): string {
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ })}\r\n`;
}

/**
 * The comparison as CSV, one row per rule and zone then the whole-area rows, with headers in `lang`.
 * Starts with a BOM so Excel shows Chinese: write it as UTF-8 (`new Blob([csv], { type: 'text/csv;charset=utf-8' })`).
 * People are whole numbers, shares in percent (1 decimal), ratios 3 decimals; empty when not applicable.
 *
 * @example comparisonToCsv(c, 'zh', { ruleTitles: { ems_reach: { zh: '急救半径', en: 'Ambulance reach' } } })
 */
export function comparisonToCsv(
  comparison: Comparison,
  lang: Lang,
  options: { ruleTitles?: Record<string, Label> } = {},
): string {
  const titles = options.ruleTitles ?? {};
  const rows = [...comparison.zones, ...comparison.area].map((r) => ruleRow(r, lang, titles));
  return toCsv(
    RULE_COLUMNS.map((c) => c[lang]),
    rows,
  );
}

const CHANGE = {
  added: { zh: '新增', en: 'added' },
  removed: { zh: '移除', en: 'removed' },
  moved: { zh: '移动', en: 'moved' },
  changed: { zh: '属性变化', en: 'edited' },
};
const FACILITY_COLUMNS: Label[] = [
  { zh: '变化', en: 'Change' },
  { zh: '设施编号', en: 'Facility id' },
  { zh: '名称', en: 'Name' },
  { zh: '类型', en: 'Kind' },
  { zh: '经度', en: 'Longitude' },
  { zh: '纬度', en: 'Latitude' },
  { zh: '移动距离（米）', en: 'Moved (m)' },
  { zh: '变化字段', en: 'Fields changed' },
];

/**
 * The facility differences of a comparison as CSV (BOM, CRLF), headers in `lang`: one row per
 * added, removed, moved or edited facility; positions in degrees (6 decimals), distance in metres.
 */
export function facilityDiffToCsv(comparison: Comparison, lang: Lang): string {
  const d = comparison.facilities;
  const kind = (k: string) => (isFacilityKind(k) ? FACILITY_KINDS[k].label[lang] : k);
  const rows: Cell[][] = [
    ...d.added.map((f) => [
      CHANGE.added[lang],
      f.id,
      f.name,
      kind(f.kind),
      round(f.lon, 6),
      round(f.lat, 6),
      null,
      '',
    ]),
    ...d.removed.map((f) => [
      CHANGE.removed[lang],
      f.id,
      f.name,
      kind(f.kind),
      round(f.lon, 6),
      round(f.lat, 6),
      null,
      '',
    ]),
    ...d.moved.map((m) => [
      CHANGE.moved[lang],
      m.id,
      m.name,
      '',
      round(m.after.lon, 6),
      round(m.after.lat, 6),
      round(m.distanceM, 1),
      '',
    ]),
    ...d.changed.map((c) => [
      CHANGE.changed[lang],
      c.id,
      c.name,
      '',
      null,
      null,
      null,
      c.fields.map((f) => `${f.field}: ${String(f.before ?? '')} → ${String(f.after ?? '')}`).join('; '),
    ]),
  ];
  return toCsv(
    FACILITY_COLUMNS.map((c) => c[lang]),
    rows,
  );
}
