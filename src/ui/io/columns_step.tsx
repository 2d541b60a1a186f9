import { FACILITY_KIND_IDS, FACILITY_KINDS } from '../../domain/index.ts';
import type { LayerTarget } from '../../worker/io_messages.ts';
import { useT } from '../i18n/use_t.ts';
import { PopulationSource } from './population_source.tsx';
import { rolesFor } from './roles.ts';
import { type ImportChoices, type ImportSession, type KindChoice, SKIP } from './use_import_session.ts';

interface Props {
  s: ImportSession;
  setChoices: (patch: Partial<ImportChoices>) => void;
  onPopulationTable: (file: File) => void;
  onPopulationSheet: (sheet: string) => void;
}

const TARGETS: LayerTarget[] = ['facilities', 'zones', 'both'];

/** Step 1 (what the layer is) and step 2 (a column per property, categories → kinds). */
export function ColumnsStep({ s, setChoices, onPopulationTable, onPopulationSheet }: Props) {
  const t = useT();
  const { summary, choices } = s;
  if (!summary) return null;
  const targets = summary.suggested === 'both' ? TARGETS : TARGETS.filter((x) => x !== 'both');
  return (
    <>
      <section className="io-step" aria-labelledby="io-step-kind">
        <h3 id="io-step-kind">{t('io_stepKind')}</h3>
        <p className="io-muted">
          {t('io_geometryCounts', {
            points: summary.points,
            polygons: summary.polygons,
            others: summary.others,
          })}
        </p>
        <label className="io-field">
          <span>{t('io_layerKind')}</span>
          <select
            value={choices.target}
            onChange={(e) => setChoices({ target: e.target.value as LayerTarget })}
          >
            {targets.map((x) => (
              <option key={x} value={x}>
                {t(`io_kind_${x}`)}
              </option>
            ))}
          </select>
        </label>
      </section>
      {choices.target !== 'both' && (
        <section className="io-step" aria-labelledby="io-step-columns">
          <h3 id="io-step-columns">{t('io_stepColumns')}</h3>
          <div className="io-grid">
            {rolesFor(choices.target).map((spec) => {
              if (spec.canonical === 'population' && choices.popSource === 'table') return null;
              const label = t(spec.label);
              return (
                <label key={spec.canonical} className="io-field">
                  <span>
                    {label}
                    {spec.required ? ' *' : ''}
                  </span>
                  <select
                    aria-label={t('io_fieldFor', { role: label })}
                    value={choices.columns[spec.canonical] ?? ''}
                    onChange={(e) =>
                      setChoices({ columns: { ...choices.columns, [spec.canonical]: e.target.value } })
                    }
                  >
                    <option value="">{t('io_notMapped')}</option>
                    {summary.columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </label>
              );
            })}
          </div>
          {choices.target === 'zones' && (
            <PopulationSource
              s={s}
              setChoices={setChoices}
              onPopulationTable={onPopulationTable}
              onPopulationSheet={onPopulationSheet}
            />
          )}
          {choices.target === 'facilities' && <CategoryTable s={s} setChoices={setChoices} />}
        </section>
      )}
    </>
  );
}

function CategoryTable({ s, setChoices }: Pick<Props, 's' | 'setChoices'>) {
  const t = useT();
  const entries = Object.entries(s.choices.kindValues);
  if (entries.length === 0) return null;
  const unmatched = entries.filter(([, k]) => k === '').length;
  return (
    <div className="io-categories">
      <h4 id="io-categories">{t('io_categoryTitle')}</h4>
      {unmatched > 0 && <p className="io-warning">{t('io_categoryUnmatched', { count: unmatched })}</p>}
      <table aria-labelledby="io-categories">
        <thead>
          <tr>
            <th scope="col">{t('io_categoryValue')}</th>
            <th scope="col">{t('io_categoryKind')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([value, kind]) => (
            <tr key={value} className={kind === '' ? 'io-unmatched' : undefined}>
              <th scope="row">{value}</th>
              <td>
                <select
                  aria-label={t('io_categoryFor', { value })}
                  value={kind}
                  onChange={(e) =>
                    setChoices({
                      kindValues: { ...s.choices.kindValues, [value]: e.target.value as KindChoice },
                    })
                  }
                >
                  <option value="">{t('io_categoryChoose')}</option>
                  {FACILITY_KIND_IDS.map((id) => (
                    <option key={id} value={id}>
                      {t.pick(FACILITY_KINDS[id].label)}
                    </option>
                  ))}
                  <option value={SKIP}>{t('io_categorySkip')}</option>
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
