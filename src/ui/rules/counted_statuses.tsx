import { FACILITY_STATUS_LABELS, FACILITY_STATUSES, type FacilityStatus } from '../../domain/index.ts';
import { applyChange, countedStatusesOf, useAppStore } from '../../store/index.ts';
import { useT } from '../i18n/use_t.ts';

/** Which facility statuses count toward every rule (existing only, or with planned ones too). */
export function CountedStatuses() {
  const t = useT();
  const statuses = useAppStore((s) => countedStatusesOf(s.workspace.rules));
  const toggle = (status: FacilityStatus, on: boolean) => {
    const next = on ? [...statuses, status] : statuses.filter((s) => s !== status);
    applyChange({ kind: 'setCountedStatuses', statuses: next });
  };
  return (
    <fieldset className="counted-statuses">
      <legend>{t('countedStatuses')}</legend>
      {FACILITY_STATUSES.map((status) => (
        <label key={status} className="checkbox-label">
          <input
            type="checkbox"
            checked={statuses.includes(status)}
            onChange={(e) => toggle(status, e.target.checked)}
          />
          {t.pick(FACILITY_STATUS_LABELS[status])}
        </label>
      ))}
    </fieldset>
  );
}
