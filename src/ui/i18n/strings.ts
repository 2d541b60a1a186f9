import type { Label } from '../../domain/index.ts';
import { IO_STRINGS } from '../io/io_strings.ts';
import { EDIT_STRINGS } from './edit_strings.ts';

/**
 * Every UI string in Chinese and English. Add a key here, then call `t('key')` from `useT()`.
 * `{name}` placeholders are filled from the params object.
 */
export const STRINGS = {
  ...EDIT_STRINGS,
  appTitle: { zh: '医疗卫生设施覆盖规划', en: 'Coverage Planner' },
  appSubtitle: { zh: '按规划文件核查设施布局', en: 'Check facility siting against planning rules' },
  language: { zh: '界面语言', en: 'Language' },
  illustrativeBanner: {
    zh: '示意数据：本区划、人口与设施均为虚构示例，不代表真实情况',
    en: 'Illustrative data: boundaries, population and facilities are invented examples, not real figures',
  },
  illustrativeTag: { zh: '示意数据', en: 'Illustrative data' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  computing: { zh: '正在计算覆盖…', en: 'Computing coverage…' },
  loadFailed: { zh: '加载失败：{message}', en: 'Could not load: {message}' },
  evaluationFailed: { zh: '计算失败：{message}', en: 'Computation failed: {message}' },
  straightLineNote: {
    zh: '可达范围按直线距离计算（非道路行程）；时间换算：{travel}',
    en: 'Reach is straight-line distance (not road travel); minutes converted as: {travel}',
  },
  straightLineBase: {
    zh: '可达范围按直线距离计算（非道路行程）',
    en: 'Reach is straight-line distance (not road travel)',
  },
  elapsed: { zh: '计算用时 {ms} 毫秒', en: 'Computed in {ms} ms' },
  areaOnly: {
    zh: '此规则没有街道/乡镇一级的结果（按全区或村评估）',
    en: 'No street or township results for this rule (assessed for the whole area or villages)',
  },
  travelAssumption: {
    zh: '{mode} {speed} km/h，绕行系数 {detour}',
    en: '{mode} at {speed} km/h, detour factor {detour}',
  },
  noTravel: { zh: '仅按半径', en: 'radius only' },
  // panels
  rulesPanel: { zh: '规则', en: 'Rules' },
  detailsPanel: { zh: '概要与详情', en: 'Summary and details' },
  showPanel: { zh: '展开{panel}面板', en: 'Show {panel} panel' },
  hidePanel: { zh: '收起{panel}面板', en: 'Hide {panel} panel' },
  tablePanel: { zh: '分区结果表', en: 'Zone results table' },
  // rule panel
  preset: { zh: '规则集', en: 'Rule preset' },
  presetDocuments: { zh: '依据文件', en: 'Source documents' },
  ruleEnabled: { zh: '启用规则：{rule}', en: 'Enable rule: {rule}' },
  ruleSelect: { zh: '在地图上显示：{rule}', en: 'Show on map: {rule}' },
  ruleShown: { zh: '地图显示中', en: 'On map' },
  showOnMap: { zh: '地图显示', en: 'Show on map' },
  ruleSettings: { zh: '设置与出处', en: 'Settings and sources' },
  originalQuote: { zh: '原文', en: 'Original wording (Chinese)' },
  line: { zh: '第 {lines} 行', en: 'line {lines}' },
  resetRule: { zh: '恢复默认', en: 'Reset to preset' },
  edited: { zh: '已修改', en: 'edited' },
  binding: { zh: '约束性', en: 'binding' },
  expected: { zh: '预期性', en: 'expected' },
  urban: { zh: '城市', en: 'Urban' },
  rural: { zh: '农村', en: 'Rural' },
  notAssessed: { zh: '不评估', en: 'not assessed' },
  radiusKm: { zh: '半径（公里）', en: 'Radius (km)' },
  minutes: { zh: '时间（分钟）', en: 'Time (minutes)' },
  combine: { zh: '半径与时间', en: 'Radius and time' },
  combineEither: { zh: '满足其一（取较大范围）', en: 'either (larger reach)' },
  combineBoth: { zh: '同时满足（取较小范围）', en: 'both (smaller reach)' },
  mode: { zh: '出行方式', en: 'Travel mode' },
  mode_walk: { zh: '步行', en: 'walking' },
  mode_cycle: { zh: '骑行', en: 'cycling' },
  mode_drive: { zh: '驾车', en: 'driving' },
  speedKmh: { zh: '速度（公里/小时）', en: 'Speed (km/h)' },
  detourFactor: { zh: '绕行系数', en: 'Detour factor' },
  effectiveReach: { zh: '有效直线半径 {km} 公里', en: 'effective straight-line reach {km} km' },
  targetSharePct: { zh: '目标覆盖人口（%）', en: 'Target population share (%)' },
  numberInvalid: { zh: '请输入{kind}（{range}）', en: 'Enter a {kind} ({range})' },
  numberKind: { zh: '数值', en: 'number' },
  wholeNumberKind: { zh: '整数', en: 'whole number' },
  rangeAbove: { zh: '大于 {n}', en: 'above {n}' },
  rangeAtLeast: { zh: '不小于 {n}', en: 'at least {n}' },
  rangeAtMost: { zh: '不超过 {n}', en: 'at most {n}' },
  numberRequired: { zh: '请填写数值', en: 'Enter a number' },
  presetFieldRequired: {
    zh: '预设规定了此项，不能留空（可用“恢复默认”）',
    en: 'The preset sets this: it cannot be left empty (use “Reset to preset”)',
  },
  minCount: { zh: '最少数量', en: 'Minimum count' },
  ratioTarget: { zh: '目标值（每 {per} 人）', en: 'Target (per {per} residents)' },
  fieldFor: { zh: '{rule}：{class}{field}', en: '{rule}: {class} {field}' },
  countedStatuses: { zh: '计入的设施状态', en: 'Facilities that count' },
  // statuses and results
  status_pass: { zh: '达标', en: 'Pass' },
  status_fail: { zh: '未达标', en: 'Fail' },
  status_na: { zh: '不适用', en: 'n/a' },
  sharePct: { zh: '{pct}%', en: '{pct}%' },
  countOf: { zh: '{count}/{required} 个', en: '{count} of {required}' },
  ratioOf: { zh: '{value}（目标 {target}）', en: '{value} (target {target})' },
  // table
  zone: { zh: '分区', en: 'Zone' },
  classCol: { zh: '城乡', en: 'Urban/rural' },
  population: { zh: '常住人口', en: 'Population' },
  wholeArea: { zh: '全区合计', en: 'Whole area' },
  failingOnly: { zh: '只看未达标', en: 'Failing only' },
  levelFilter: { zh: '显示层级', en: 'Zones shown' },
  level_street: { zh: '街道', en: 'Streets' },
  level_village: { zh: '村/社区', en: 'Villages' },
  level_township: { zh: '乡镇', en: 'Townships' },
  level_county: { zh: '区县', en: 'Counties' },
  level_all: { zh: '全部', en: 'All' },
  sortBy: { zh: '按{col}排序', en: 'Sort by {col}' },
  expandZone: { zh: '展开{zone}下属村/社区', en: 'Show villages of {zone}' },
  collapseZone: { zh: '收起{zone}下属村/社区', en: 'Hide villages of {zone}' },
  noZones: { zh: '没有符合条件的分区', en: 'No zones match' },
  zoneCount: { zh: '共 {n} 个分区', en: '{n} zones' },
  // summary
  summary: { zh: '概要', en: 'Summary' },
  peopleOutsideN: { zh: '{n} 人在范围外', en: '{n} people outside' },
  missingN: { zh: '缺 {n} 个', en: '{n} missing' },
  wholeAreaCol: { zh: '全区情况', en: 'Whole area' },
  failingZones: { zh: '未达标分区', en: 'Failing zones' },
  chartTitle: { zh: '各分区覆盖情况：{rule}', en: 'Coverage by zone: {rule}' },
  chartTarget: { zh: '目标 {pct}%', en: 'target {pct}%' },
  noRuleSelected: { zh: '请选择一条规则', en: 'Select a rule' },
  dataIssues: { zh: '数据提示', en: 'Data notes' },
  // details
  facilityDetails: { zh: '设施信息', en: 'Facility' },
  zoneDetails: { zh: '分区结果', en: 'Zone results' },
  closeDetails: { zh: '关闭详情', en: 'Close details' },
  findFacility: { zh: '查找设施', en: 'Find a facility' },
  chooseFacility: { zh: '选择设施（共 {n} 个）', en: 'Choose one of {n} facilities' },
  kind: { zh: '类型', en: 'Type' },
  statusLabel: { zh: '状态', en: 'Status' },
  beds: { zh: '床位', en: 'Beds' },
  doctors: { zh: '医生', en: 'Doctors' },
  nurses: { zh: '护士', en: 'Nurses' },
  ambulances: { zh: '救护车', en: 'Ambulances' },
  address: { zh: '地址', en: 'Address' },
  notes: { zh: '备注', en: 'Notes' },
  open24h: { zh: '24 小时开放', en: 'Open 24 hours' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  // map
  map: { zh: '地图', en: 'Map' },
  legend: { zh: '图例', en: 'Legend' },
  basemap: { zh: '底图', en: 'Basemap' },
  basemap_none: { zh: '离线底图（仅本地数据）', en: 'Offline (shipped data only)' },
  basemap_osm: { zh: 'OpenStreetMap（需联网）', en: 'OpenStreetMap (online)' },
  basemap_tdt_vec: { zh: '天地图 矢量（需联网与密钥）', en: 'Tianditu vector (online, key)' },
  basemap_tdt_img: { zh: '天地图 影像（需联网与密钥）', en: 'Tianditu imagery (online, key)' },
  tiandituKey: { zh: '天地图密钥', en: 'Tianditu key' },
  legendReach: { zh: '可达范围（直线）', en: 'Reach area (straight-line)' },
  legendGap: { zh: '未覆盖区域', en: 'Uncovered area' },
  legendShare: { zh: '分区覆盖人口比例', en: 'Share of zone population covered' },
  legendProposed: { zh: '规划/拟建（空心）', en: 'Planned/proposed (hollow)' },
  family_hospital: { zh: '医院', en: 'Hospital' },
  family_primary_care: { zh: '基层医疗', en: 'Primary care' },
  family_blood: { zh: '采供血', en: 'Blood service' },
  family_emergency: { zh: '急救', en: 'Emergency' },
  family_public_health: { zh: '公共卫生', en: 'Public health' },
  ...IO_STRINGS,
} as const satisfies Record<string, Label>;

export type StringKey = keyof typeof STRINGS;
export type { Lang } from '../../store/view_slice.ts';

import type { Lang } from '../../store/view_slice.ts';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Fills `{name}` placeholders from `params`; a placeholder without a param stays as written. */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Looks a string up and fills `{name}` placeholders. */
export function translate(key: StringKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillTemplate(STRINGS[key][lang], params);
}

/** Picks the label in the language, for bilingual data such as rule titles. */
export function pick(label: Label | undefined, lang: Lang): string {
  if (!label) return '';
  return label[lang] || label.zh || label.en;
}

/** zh when the browser prefers Chinese, en otherwise. */
export function defaultLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const first = languages[0] ?? globalThis.navigator?.language ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
