import { ZONE_CLASSES, type ZoneClass } from '../../domain/index.ts';
import { applyChange, useAppStore } from '../../store/index.ts';
import { int, resultValueText, statusText, straightLineNote, zoneName } from '../format.ts';
import { useResultIndex, useRules, useSelectedRule, useZoneIndex } from '../hooks.ts';
import { useT } from '../i18n/use_t.ts';
import { NumberEdit, SelectEdit } from './edit_fields.tsx';

/** A zone's result for every enabled rule. */
export function ZoneDetails({ code }: { code: string }) {
  const t = useT();
  const zone = useZoneIndex().get(code);
  const rules = useRules().filter((r) => r.enabled);
  const index = useResultIndex();
  const selected = useSelectedRule();
  const evaluation = useAppStore((s) => s.results.evaluation);
  const issues = (evaluation?.issues ?? []).filter((i) => i.zoneCodes?.includes(code));
  if (!zone) return null;
  return (
    <div className="zone-details">
      <p className="details-name">{zoneName(zone, t.lang)}</p>
      <p className="muted">
        {t(zone.class)} · {t('population')} {zone.population === null ? '–' : int(zone.population, t.lang)}
      </p>
      <details className="zone-edit">
        <summary>{t('editZone')}</summary>
        <SelectEdit<ZoneClass>
          label={t('zoneClass')}
          value={zone.class}
          options={ZONE_CLASSES.map((c) => ({ value: c, label: t(c) }))}
          onChange={(cls) => applyChange({ kind: 'updateZone', code, patch: { class: cls } })}
        />
        <NumberEdit
          label={t('zonePopulation')}
          value={zone.population ?? undefined}
          min={0}
          integer
          onCommit={(population) =>
            population !== undefined && applyChange({ kind: 'updateZone', code, patch: { population } })
          }
        />
      </details>
      <table className="zone-results">
        <tbody>
          {rules.map((rule) => {
            const r = index.get(rule.id)?.get(code);
            return (
              <tr key={rule.id}>
                <th scope="row">{t.pick(rule.title)}</th>
                <td className="num">{r && r.status !== 'na' ? resultValueText(r, t.lang) : ''}</td>
                <td>
                  <span className={`badge status-${r?.status ?? 'na'}`}>{statusText(r?.status, t.lang)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="note">{straightLineNote(selected, t.lang)}</p>
      {issues.length > 0 && (
        <ul className="issues" aria-label={t('dataIssues')}>
          {issues.map((i) => (
            <li key={`${i.code}-${t.pick(i.message)}`}>{t.pick(i.message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
