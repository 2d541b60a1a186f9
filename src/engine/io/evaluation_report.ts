import {
  type Evaluation,
  FACILITY_STATUS_LABELS,
  type Facility,
  type FacilityStatus,
  type Rule,
  type Zone,
} from '../../domain/index.ts';
import { ILLUSTRATIVE_NOTE, isIllustrative, STRAIGHT_LINE_NOTE } from './evaluation_geojson.ts';
import { evaluationToTable } from './evaluation_table.ts';
import { formatSources, ruleParameters } from './rule_summary.ts';
import { renderTextTable } from './text_table.ts';

export interface ReportOptions {
  lang: 'zh' | 'en';
  /** Facility statuses the evaluation counted. */
  statuses: readonly FacilityStatus[];
  /** Marks the report illustrative even when no zone or facility is. */
  illustrative?: boolean;
}

/**
 * The whole plain-text report: a heading, the per-zone table with whole-area totals, each enabled
 * rule with its parameters and sources (file + line), the straight-line note, the 示意数据 note when
 * any input is illustrative, and the data issues the evaluation found.
 *
 * @example console.log(renderEvaluationReport(zones, facilities, rules, evaluation, { lang: 'zh', statuses: ['existing'] }))
 */
export function renderEvaluationReport(
  zones: readonly Zone[],
  facilities: readonly Facility[],
  rules: readonly Rule[],
  evaluation: Evaluation,
  options: ReportOptions,
): string {
  const { lang } = options;
  const zh = lang === 'zh';
  const statuses = options.statuses.map((s) => FACILITY_STATUS_LABELS[s][lang]).join(zh ? '、' : ', ');
  const counted = facilities.filter((f) => options.statuses.includes(f.status)).length;
  const out: string[] = [];
  out.push(
    zh
      ? `覆盖评估：${zones.length} 个区划，${facilities.length} 个设施（计入 ${counted} 个，状态：${statuses}），网格 ${evaluation.cellSizeM} m`
      : `Coverage evaluation: zones ${zones.length}, facilities ${facilities.length} (counted ${counted}; statuses: ${statuses}), grid ${evaluation.cellSizeM} m`,
  );
  const table = evaluationToTable(zones, rules, evaluation, lang);
  out.push('', renderTextTable(table), '');
  out.push(
    zh
      ? '✓ 达标  ✗ 未达标  — 不适用；百分比为可达人口占比，a/b 为实有/应有数量或指标值/目标。'
      : '✓ pass  ✗ fail  — not applicable; % is the share of people within reach, a/b is count/required or value/target.',
  );
  out.push('', zh ? '规则与来源：' : 'Rules and sources:');
  for (const rule of rules.filter((r) => r.enabled)) {
    const na = table.header.includes(rule.id)
      ? ''
      : zh
        ? '（不适用于所载区划）'
        : ' (not applicable to the zones loaded)';
    out.push(`  ${rule.id}  ${rule.title[lang]}${na}`);
    out.push(`      ${ruleParameters(rule, lang)}`);
    out.push(`      ${zh ? '来源：' : 'source: '}${formatSources(rule.sources)}`);
  }
  out.push('', `${zh ? '注' : 'Note'}: ${STRAIGHT_LINE_NOTE[lang]}`);
  if (isIllustrative(zones, facilities, options.illustrative))
    out.push(`示意数据 — ${ILLUSTRATIVE_NOTE[lang]}`);
  if (evaluation.issues.length > 0) {
    out.push('', zh ? '数据问题：' : 'Data issues:');
    for (const issue of evaluation.issues) out.push(`  - ${issue.message[lang]}`);
  }
  return `${out.join('\n')}\n`;
}
