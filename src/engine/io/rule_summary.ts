import { FACILITY_KINDS, type Rule, type RuleSource } from '../../domain/index.ts';

type Lang = 'zh' | 'en';

const LEVEL_ZH = { county: '区县', township: '乡镇', street: '街道', village: '村/社区' } as const;

const MODE_ZH = { walk: '步行', cycle: '骑行', drive: '驾车' } as const;

const num = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "000_e231058eb99c46c0.txt L612; 002_….txt L218, L254": a rule's sources, lines grouped by file. */
export function formatSources(sources: readonly RuleSource[]): string {
  const byFile = new Map<string, number[]>();
  for (const s of sources) byFile.set(s.file, [...(byFile.get(s.file) ?? []), ...s.lines]);
  return [...byFile]
    .map(([file, lines]) => `${file} ${[...new Set(lines)].map((l) => `L${l}`).join(', ')}`)
    .join('; ');
}

/**
 * The parameters of a rule in one line, e.g. "城市 ≤5 km 或 15 分钟（驾车 40 km/h，绕行 1.3）；目标 100%".
 *
 * @example ruleParameters(rule, 'en') // 'urban ≤ 5 km or 15 min (drive 40 km/h, detour 1.3); target 100%'
 */
export function ruleParameters(rule: Rule, lang: Lang): string {
  const zh = lang === 'zh';
  const kinds = (ks: readonly string[] | undefined) =>
    ks === undefined
      ? zh
        ? '所有类型'
        : 'all kinds'
      : ks
          .map((k) => FACILITY_KINDS[k as keyof typeof FACILITY_KINDS]?.label[lang] ?? k)
          .join(zh ? '、' : ', ');
  if (rule.type === 'reach') {
    const parts = (['urban', 'rural'] as const).flatMap((cls) => {
      const t = rule.thresholds[cls];
      if (!t) return [];
      const bits: string[] = [];
      if (t.radiusKm !== undefined) bits.push(`≤ ${num(t.radiusKm)} km`);
      if (t.minutes !== undefined) bits.push(zh ? `${num(t.minutes)} 分钟` : `${num(t.minutes)} min`);
      const join = t.combine === 'either' ? (zh ? ' 或 ' : ' or ') : zh ? ' 且 ' : ' and ';
      const travel = t.travel
        ? zh
          ? `（${MODE_ZH[t.travel.mode]} ${num(t.travel.speedKmh)} km/h，绕行系数 ${num(t.travel.detourFactor)}）`
          : ` (${t.travel.mode} ${num(t.travel.speedKmh)} km/h, detour ${num(t.travel.detourFactor)})`
        : '';
      const label = zh ? (cls === 'urban' ? '城市' : '农村') : cls;
      return [`${label} ${bits.join(join)}${travel}`];
    });
    const target = `${num(rule.targetShare * 100)}%`;
    return zh
      ? `${parts.join('；')}；目标覆盖 ${target}；设施：${kinds(rule.kinds)}`
      : `${parts.join('; ')}; target ${target}; facilities: ${kinds(rule.kinds)}`;
  }
  if (rule.type === 'minCount') {
    const band = rule.perPopulation
      ? zh
        ? `，或每 ${num(rule.perPopulation.minResidents)}–${num(rule.perPopulation.maxResidents)} 人 1 个`
        : `, or 1 per ${num(rule.perPopulation.minResidents)}–${num(rule.perPopulation.maxResidents)} residents`
      : '';
    return zh
      ? `每个${LEVEL_ZH[rule.zoneLevel]}至少 ${rule.minCount} 个${band}；设施：${kinds(rule.kinds)}`
      : `at least ${rule.minCount} per ${rule.zoneLevel}${band}; facilities: ${kinds(rule.kinds)}`;
  }
  return zh
    ? `${rule.attribute} 每 ${num(rule.perResidents)} 人 ≥ ${num(rule.target)}（${rule.scope === 'area' ? '全区' : '各区划及全区'}）；设施：${kinds(rule.kinds)}`
    : `${rule.attribute} per ${num(rule.perResidents)} residents ≥ ${num(rule.target)} (${rule.scope === 'area' ? 'whole area' : 'each zone and the area'}); facilities: ${kinds(rule.kinds)}`;
}
