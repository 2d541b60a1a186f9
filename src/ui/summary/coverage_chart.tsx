import { AREA_CODE, type Rule, type RuleResult } from '../../domain/index.ts';
import { pct, resultSortValue } from '../format.ts';
import { useZoneIndex } from '../hooks.ts';
import { useT } from '../i18n/use_t.ts';
import { PALETTE } from '../map/colors.ts';

const BAR_H = 16;
const GAP = 5;
const LABEL_W = 92;
const WIDTH = 280;

/**
 * Horizontal bars, one per street (or township), of the selected rule: share of people covered
 * for reach rules, attainment (count ÷ required, value ÷ target, capped at 100%) otherwise.
 */
export function CoverageChart({
  rule,
  results,
}: {
  rule: Rule | undefined;
  results: Map<string, RuleResult> | undefined;
}) {
  const t = useT();
  const zones = useZoneIndex();
  if (!rule) return <p className="muted">{t('noRuleSelected')}</p>;
  const rows = [...(results?.values() ?? [])]
    .filter(
      (r) => r.zoneCode !== AREA_CODE && r.status !== 'na' && zones.get(r.zoneCode)?.level !== 'village',
    )
    .sort((a, b) => resultSortValue(a) - resultSortValue(b));
  if (rows.length === 0) return <p className="muted small">{t('areaOnly')}</p>;
  const target = rule.type === 'reach' ? rule.targetShare : 1;
  const barW = WIDTH - LABEL_W - 48;
  const height = rows.length * (BAR_H + GAP) + 20;
  const title = t('chartTitle', { rule: t.pick(rule.title) });
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        {rows.map((r, i) => {
          const value = Math.min(1, Math.max(0, resultSortValue(r)));
          const y = i * (BAR_H + GAP);
          const zone = zones.get(r.zoneCode);
          return (
            <g key={r.zoneCode} transform={`translate(0, ${y})`}>
              <text x={LABEL_W - 6} y={BAR_H - 4} textAnchor="end" className="chart-label">
                {zone?.name ?? r.zoneCode}
              </text>
              <rect x={LABEL_W} y={0} width={barW} height={BAR_H} fill="#eceeea" />
              <rect
                x={LABEL_W}
                y={0}
                width={barW * value}
                height={BAR_H}
                fill={r.status === 'pass' ? PALETTE.pass : PALETTE.fail}
              />
              <text x={LABEL_W + barW + 4} y={BAR_H - 4} className="chart-value">
                {`${pct(value)}%`}
              </text>
            </g>
          );
        })}
        <line
          x1={LABEL_W + barW * target}
          x2={LABEL_W + barW * target}
          y1={-2}
          y2={height - 18}
          stroke="#243038"
          strokeDasharray="3 2"
        />
        <text x={LABEL_W + barW * target} y={height - 6} textAnchor="middle" className="chart-value">
          {t('chartTarget', { pct: pct(target) })}
        </text>
      </svg>
    </figure>
  );
}
