import {
  type ReachRule,
  TRAVEL_MODES,
  type TravelMode,
  ZONE_CLASSES,
  type ZoneClass,
} from '../../domain/index.ts';
import { effectiveReachKm } from '../../engine/reach_km.ts';
import { num } from '../format.ts';
import { useT } from '../i18n/use_t.ts';
import { NumberField } from './number_field.tsx';
import { defaultTravel, thresholdValid, withThreshold } from './rule_edits.ts';

interface Props {
  rule: ReachRule;
  /** The preset's own rule: a radius or time it sets can be changed but not emptied. */
  presetRule?: ReachRule | undefined;
  onChange: (rule: ReachRule) => void;
}

/** Editors for a reach rule: per zone class radius, minutes, either/both, travel mode, speed, detour; target share. */
export function ReachEditor({ rule, presetRule, onChange }: Props) {
  const t = useT();
  const title = t.pick(rule.title);
  const commit = (cls: ZoneClass, patch: Parameters<typeof withThreshold>[2]) => {
    const next = withThreshold(rule, cls, patch);
    const th = next.thresholds[cls];
    if (th && thresholdValid(th)) onChange(next);
  };
  return (
    <div className="rule-editor">
      {ZONE_CLASSES.map((cls) => {
        const th = rule.thresholds[cls];
        const clsName = t(cls);
        const name = (field: Parameters<typeof t>[0]) =>
          t('fieldFor', { rule: title, class: clsName, field: t(field) });
        if (!th) {
          return (
            <fieldset key={cls} className="class-block">
              <legend>{clsName}</legend>
              <span className="muted">{t('notAssessed')}</span>
            </fieldset>
          );
        }
        const km = effectiveReachKm(th);
        const preset = presetRule?.thresholds[cls];
        // Overrides change fields of the preset's threshold; they cannot remove one it sets.
        const optional = (field: 'radiusKm' | 'minutes') => preset?.[field] === undefined;
        return (
          <fieldset key={cls} className="class-block">
            <legend>{clsName}</legend>
            <div className="field-grid">
              <NumberField
                label={t('radiusKm')}
                ariaLabel={name('radiusKm')}
                value={th.radiusKm}
                positive
                optional={optional('radiusKm')}
                requiredText={t('presetFieldRequired')}
                onCommit={(v) => commit(cls, { radiusKm: v })}
              />
              <NumberField
                label={t('minutes')}
                ariaLabel={name('minutes')}
                value={th.minutes}
                step={1}
                positive
                optional={optional('minutes')}
                requiredText={t('presetFieldRequired')}
                onCommit={(v) => commit(cls, { minutes: v })}
              />
              {th.radiusKm !== undefined && th.minutes !== undefined && (
                <div className="field">
                  <label>
                    {t('combine')}
                    <select
                      value={th.combine}
                      aria-label={name('combine')}
                      onChange={(e) => commit(cls, { combine: e.target.value as 'either' | 'both' })}
                    >
                      <option value="either">{t('combineEither')}</option>
                      <option value="both">{t('combineBoth')}</option>
                    </select>
                  </label>
                </div>
              )}
              {th.minutes !== undefined && th.travel && (
                <>
                  <div className="field">
                    <label>
                      {t('mode')}
                      <select
                        value={th.travel.mode}
                        aria-label={name('mode')}
                        onChange={(e) =>
                          commit(cls, { travel: { ...defaultTravel(e.target.value as TravelMode, cls) } })
                        }
                      >
                        {TRAVEL_MODES.map((m) => (
                          <option key={m} value={m}>
                            {t(`mode_${m}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                  </div>
                  <NumberField
                    label={t('speedKmh')}
                    ariaLabel={name('speedKmh')}
                    value={th.travel.speedKmh}
                    positive
                    max={200}
                    onCommit={(v) =>
                      v !== undefined && th.travel && commit(cls, { travel: { ...th.travel, speedKmh: v } })
                    }
                  />
                  <NumberField
                    label={t('detourFactor')}
                    ariaLabel={name('detourFactor')}
                    value={th.travel.detourFactor}
                    min={1}
                    step={0.05}
                    onCommit={(v) =>
                      v !== undefined &&
                      th.travel &&
                      commit(cls, { travel: { ...th.travel, detourFactor: v } })
                    }
                  />
                </>
              )}
            </div>
            {km !== null && <div className="effective">{t('effectiveReach', { km: num(km, 2) })}</div>}
          </fieldset>
        );
      })}
      <NumberField
        label={t('targetSharePct')}
        ariaLabel={`${title}: ${t('targetSharePct')}`}
        value={Math.round(rule.targetShare * 1000) / 10}
        positive
        max={100}
        step={1}
        onCommit={(v) => v !== undefined && onChange({ ...rule, targetShare: v / 100 })}
      />
    </div>
  );
}
