import { FACILITY_KINDS, FACILITY_STATUS_LABELS } from '../../domain/index.ts';
import { useAppStore } from '../../store/index.ts';
import type { StringKey } from '../i18n/strings.ts';
import { useT } from '../i18n/use_t.ts';

/** A facility's attributes. All text goes through React (escaped), never innerHTML. */
export function FacilityDetails({ id }: { id: string }) {
  const t = useT();
  const facility = useAppStore((s) => s.facilities.find((f) => f.id === id));
  if (!facility) return null;
  const rows: [StringKey, string | number | undefined][] = [
    ['kind', t.pick(FACILITY_KINDS[facility.kind].label)],
    ['statusLabel', t.pick(FACILITY_STATUS_LABELS[facility.status])],
    ['beds', facility.beds],
    ['doctors', facility.doctors],
    ['nurses', facility.nurses],
    ['ambulances', facility.ambulances],
    ['open24h', facility.open24h === undefined ? undefined : t(facility.open24h ? 'yes' : 'no')],
    ['address', facility.address],
    ['notes', facility.notes],
  ];
  return (
    <div className="facility-details">
      <p className="details-name">{facility.name}</p>
      {facility.illustrative && <span className="tag tag-illustrative">{t('illustrativeTag')}</span>}
      <dl>
        {rows
          .filter(([, v]) => v !== undefined && v !== '')
          .map(([key, value]) => (
            <div key={key} className="dl-row">
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
