import { useState } from 'react';
import { FACILITY_FAMILIES, type Rule } from '../../domain/index.ts';
import { pct } from '../format.ts';
import { useT } from '../i18n/use_t.ts';
import { FAMILY_COLORS, PALETTE, shareColor } from './colors.ts';

function Swatch({ color, border, hollow }: { color: string; border?: string; hollow?: boolean }) {
  const style = hollow
    ? { background: '#fff', border: `2px solid ${color}`, borderRadius: '50%' }
    : { background: color, border: border ? `1px solid ${border}` : undefined };
  return <span className="swatch" style={style} aria-hidden="true" />;
}

/** Map legend for the selected rule: zone colours with words, reach, gaps and facility families. */
export function Legend({ rule }: { rule: Rule | undefined }) {
  const t = useT();
  // Open on tall screens; on a laptop (768 px) it starts folded so the map stays visible.
  const [openAtStart] = useState(() => window.innerHeight >= 900);
  const target = rule?.type === 'reach' ? rule.targetShare : 1;
  return (
    <details className="map-overlay legend" open={openAtStart}>
      <summary>{t('legend')}</summary>
      {rule?.type === 'reach' ? (
        <>
          <div className="legend-sub">{t('legendShare')}</div>
          <div className="legend-row">
            <Swatch color={shareColor(0, target)} />
            <span>0% {t('status_fail')}</span>
          </div>
          <div className="legend-row">
            <Swatch color={shareColor(target * 0.9, target)} />
            <span>
              &lt; {pct(target)}% {t('status_fail')}
            </span>
          </div>
          <div className="legend-row">
            <Swatch color={shareColor(1, target)} />
            <span>
              ≥ {pct(target)}% {t('status_pass')}
            </span>
          </div>
          <div className="legend-row">
            <Swatch color={PALETTE.reachArea} border={PALETTE.reachFill} />
            <span>{t('legendReach')}</span>
          </div>
          <div className="legend-row">
            <Swatch
              color={`repeating-linear-gradient(45deg, ${PALETTE.gap} 0 1.5px, rgba(194,65,12,0.12) 1.5px 4px)`}
              border={PALETTE.gap}
            />
            <span>{t('legendGap')}</span>
          </div>
        </>
      ) : (
        <>
          <div className="legend-row">
            <Swatch color={PALETTE.passLight} border="#999" />
            <span>{t('status_pass')}</span>
          </div>
          <div className="legend-row">
            <Swatch color={PALETTE.failLight} border="#999" />
            <span>{t('status_fail')}</span>
          </div>
          <div className="legend-row">
            <Swatch color={PALETTE.na} border="#999" />
            <span>{t('status_na')}</span>
          </div>
        </>
      )}
      <div className="legend-families">
        {FACILITY_FAMILIES.map((family) => (
          <div className="legend-row" key={family}>
            <Swatch color={FAMILY_COLORS[family]} hollow={false} />
            <span>{t(`family_${family}`)}</span>
          </div>
        ))}
        <div className="legend-row">
          <Swatch color="#555" hollow />
          <span>{t('legendProposed')}</span>
        </div>
      </div>
    </details>
  );
}
