import { FACILITY_KINDS, type FacilityKind } from '../../domain/index.ts';
import { useT } from '../i18n/use_t.ts';

const KINDS = Object.keys(FACILITY_KINDS) as FacilityKind[];

interface Props {
  placing: boolean;
  kind: FacilityKind;
  onPlacingChange: (on: boolean) => void;
  onKindChange: (kind: FacilityKind) => void;
}

/** The "add facility" switch and the kind of facility a click on the map will place. */
export function AddFacilityControl({ placing, kind, onPlacingChange, onKindChange }: Props) {
  const t = useT();
  return (
    <div className="map-overlay add-facility">
      <div className="add-facility-row">
        <button
          type="button"
          className={placing ? 'active' : ''}
          aria-pressed={placing}
          onClick={() => onPlacingChange(!placing)}
        >
          <span aria-hidden="true">＋ </span>
          {t('addFacility')}
        </button>
        <select
          value={kind}
          aria-label={t('newFacilityKind')}
          title={t('newFacilityKind')}
          onChange={(e) => onKindChange(e.target.value as FacilityKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t.pick(FACILITY_KINDS[k].label)}
            </option>
          ))}
        </select>
      </div>
      {placing && (
        <p className="add-facility-hint" role="status">
          {t('placingHint', { kind: t.pick(FACILITY_KINDS[kind].label) })}
        </p>
      )}
    </div>
  );
}
