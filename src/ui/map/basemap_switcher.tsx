import { type BasemapId, setView, useAppStore } from '../../store/index.ts';
import { useT } from '../i18n/use_t.ts';

const BASEMAPS: BasemapId[] = ['none', 'osm', 'tdt_vec', 'tdt_img'];

/** Chooses the basemap: offline by default; online ones are optional and need a connection. */
export function BasemapSwitcher() {
  const t = useT();
  const basemap = useAppStore((s) => s.view.basemap);
  const key = useAppStore((s) => s.view.tiandituKey);
  const needsKey = basemap === 'tdt_vec' || basemap === 'tdt_img';
  return (
    <div className="map-overlay basemap-switcher">
      <label>
        <span className="overlay-label">{t('basemap')}</span>
        <select
          value={basemap}
          aria-label={t('basemap')}
          onChange={(e) => setView({ basemap: e.target.value as BasemapId })}
        >
          {BASEMAPS.map((id) => (
            <option key={id} value={id}>
              {t(`basemap_${id}`)}
            </option>
          ))}
        </select>
      </label>
      {needsKey && (
        <label>
          <span className="overlay-label">{t('tiandituKey')}</span>
          <input
            type="text"
            aria-label={t('tiandituKey')}
            value={key}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setView({ tiandituKey: e.target.value })}
          />
        </label>
      )}
    </div>
  );
}
