import { setView, useAppStore } from '../../store/index.ts';
import { useT } from '../i18n/use_t.ts';
import { FacilityDetails } from './facility_details.tsx';
import { ZoneDetails } from './zone_details.tsx';

/** Details of the clicked facility or zone. */
export function DetailsPanel() {
  const t = useT();
  const selection = useAppStore((s) => s.view.selection);
  // A facility removed by undo or deletion leaves nothing to show.
  const exists = useAppStore((s) =>
    selection?.type === 'facility' ? s.facilities.some((f) => f.id === selection.id) : selection !== null,
  );
  if (!selection || !exists) return null;
  const heading = t(selection.type === 'zone' ? 'zoneDetails' : 'facilityDetails');
  return (
    <section className="details" aria-label={heading}>
      <div className="details-head">
        <h3>{heading}</h3>
        <button
          type="button"
          className="icon-button"
          aria-label={t('closeDetails')}
          title={t('closeDetails')}
          onClick={() => setView({ selection: null })}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {selection.type === 'zone' ? (
        <ZoneDetails code={selection.code} />
      ) : (
        <FacilityDetails id={selection.id} />
      )}
    </section>
  );
}
