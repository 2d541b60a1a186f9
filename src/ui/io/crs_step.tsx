import { useT } from '../i18n/use_t.ts';
import type { ImportSession } from './use_import_session.ts';

const CHOICES = ['auto', 'wgs84', 'cgcs2000', 'gcj02', 'bd09'] as const;

interface Props {
  s: ImportSession;
  onReread: (patch: { crs: string }) => void;
}

/**
 * Step 3: the coordinate system. Tables (and files without a `.prj`) get a choice, which reads the
 * file again; a Shapefile's `.prj` is shown read-only; KML is always WGS-84.
 */
export function CrsStep({ s, onReread }: Props) {
  const t = useT();
  const { summary } = s;
  if (!summary) return null;
  const fixed = summary.crsFromPrj ? t('io_crsFromPrj', { crs: summary.crs ?? '?' }) : null;
  const kml = summary.format === 'kml' || summary.format === 'kmz';
  return (
    <section className="io-step" aria-labelledby="io-step-crs">
      <h3 id="io-step-crs">{t('io_stepCrs')}</h3>
      {fixed && <p className="io-readonly">{fixed}</p>}
      {kml && <p className="io-readonly">{t('io_crsKml')}</p>}
      {!fixed && !kml && (
        <label className="io-field">
          <span>{t('io_crs')}</span>
          <select
            value={s.options.crs ?? 'auto'}
            disabled={s.reading}
            onChange={(e) => onReread({ crs: e.target.value })}
          >
            {CHOICES.map((c) => (
              <option key={c} value={c}>
                {t(`io_crs_${c}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
