import type { Rule, RuleResult, RuleStatus, TravelAssumption, Zone } from '../domain/index.ts';
import { type Lang, translate } from './i18n/strings.ts';

/** 0.8734 → "87.3" (one decimal, rounded down, no % sign). */
export function pct(share: number): string {
  // Floor, so that a failing 99.97% never reads as 100.0%.
  return (Math.floor(share * 1000 + 1e-9) / 10).toFixed(1);
}

/** Integer with thousands separators in the language's convention. */
export function int(n: number, lang: Lang): string {
  return Math.round(n).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
}

/** A number with up to `digits` decimals. */
export function num(n: number, digits = 2): string {
  return Number.isFinite(n) ? String(Math.round(n * 10 ** digits) / 10 ** digits) : '–';
}

/** The short text for one rule's result in one zone, e.g. "87.3%", "1 of 1", "0.8 (target 1)". */
export function resultValueText(result: RuleResult | undefined, lang: Lang): string {
  if (!result || result.status === 'na') return translate('status_na', lang);
  if (result.reach) return translate('sharePct', lang, { pct: pct(result.reach.populationShare) });
  if (result.count)
    return translate('countOf', lang, { count: result.count.count, required: result.count.required });
  if (result.ratio)
    return translate('ratioOf', lang, { value: num(result.ratio.value), target: num(result.ratio.target) });
  return '';
}

/** Pass/fail/n/a in words. */
export function statusText(status: RuleStatus | undefined, lang: Lang): string {
  return translate(`status_${status ?? 'na'}`, lang);
}

/** Value used to sort by a rule's column: share, count ratio or ratio value; n/a last. */
export function resultSortValue(result: RuleResult | undefined): number {
  if (!result || result.status === 'na') return Number.NEGATIVE_INFINITY;
  if (result.reach) return result.reach.populationShare;
  if (result.count) return result.count.required ? result.count.count / result.count.required : 1;
  if (result.ratio) return result.ratio.target ? result.ratio.value / result.ratio.target : 1;
  return 0;
}

/** "driving at 30 km/h, detour factor 1.3" in the language. */
export function travelText(travel: TravelAssumption | undefined, lang: Lang): string {
  if (!travel) return translate('noTravel', lang);
  return translate('travelAssumption', lang, {
    mode: translate(`mode_${travel.mode}`, lang),
    speed: num(travel.speedKmh, 1),
    detour: num(travel.detourFactor, 2),
  });
}

/** The straight-line note for a reach rule, with each class's travel assumption. */
export function straightLineNote(rule: Rule | undefined, lang: Lang): string {
  const parts: string[] = [];
  if (rule?.type === 'reach') {
    for (const cls of ['urban', 'rural'] as const) {
      const th = rule.thresholds[cls];
      if (th?.minutes !== undefined) parts.push(`${translate(cls, lang)} ${travelText(th.travel, lang)}`);
    }
  }
  if (parts.length === 0) return translate('straightLineBase', lang);
  return translate('straightLineNote', lang, { travel: parts.join(lang === 'zh' ? '；' : '; ') });
}

/** The zone's display name; English names are shown after the Chinese when present. */
export function zoneName(zone: Zone, lang: Lang): string {
  return lang === 'en' && zone.nameEn ? `${zone.name} ${zone.nameEn}` : zone.name;
}
