import { useT } from '../i18n/use_t.ts';
import { SheetSelect } from './sheet_select.tsx';
import type { ImportChoices, ImportSession } from './use_import_session.ts';

interface Props {
  s: ImportSession;
  setChoices: (patch: Partial<ImportChoices>) => void;
  onPopulationTable: (file: File) => void;
  onPopulationSheet: (sheet: string) => void;
}

/** Zones: population from a field of the file, or from a separate table joined by name or code. */
export function PopulationSource({ s, setChoices, onPopulationTable, onPopulationSheet }: Props) {
  const t = useT();
  const { choices, popTable } = s;
  const join = choices.join;
  return (
    <fieldset className="io-population">
      <legend>{t('io_populationSource')}</legend>
      <label>
        <input
          type="radio"
          name="io-pop"
          checked={choices.popSource === 'field'}
          onChange={() => setChoices({ popSource: 'field' })}
        />
        {t('io_popFromField')}
      </label>
      <label>
        <input
          type="radio"
          name="io-pop"
          checked={choices.popSource === 'table'}
          onChange={() => setChoices({ popSource: 'table' })}
        />
        {t('io_popFromTable')}
      </label>
      {choices.popSource === 'table' && (
        <div className="io-grid">
          <label className="io-field">
            <span>{t('io_popTableFile')}</span>
            <input
              type="file"
              accept=".csv,.tsv,.txt,.xlsx"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) onPopulationTable(file);
              }}
            />
          </label>
          {popTable && (
            <SheetSelect sheets={popTable.sheets} value={popTable.sheet} onChange={onPopulationSheet} />
          )}
          {popTable && !popTable.ok && (
            <p className="io-error" role="alert">
              {popTable.errors
                .map((m) => t('io_fileFailed', { file: popTable.fileName, message: t.pick(m) }))
                .join(' ')}
            </p>
          )}
          {popTable?.ok && (
            <>
              <p className="io-muted">
                {t('io_popTableInfo', { file: popTable.fileName, rows: popTable.rows })}
              </p>
              <label className="io-field">
                <span>{t('io_joinBy')}</span>
                <select
                  value={join.zoneKey}
                  onChange={(e) =>
                    setChoices({ join: { ...join, zoneKey: e.target.value as 'name' | 'code' } })
                  }
                >
                  <option value="name">{t('io_joinByName')}</option>
                  <option value="code">{t('io_joinByCode')}</option>
                </select>
              </label>
              <ColumnSelect
                label={t('io_joinKeyColumn')}
                value={join.keyColumn}
                columns={popTable.columns}
                onChange={(keyColumn) => setChoices({ join: { ...join, keyColumn } })}
              />
              <ColumnSelect
                label={t('io_joinValueColumn')}
                value={join.valueColumn}
                columns={popTable.columns}
                onChange={(valueColumn) => setChoices({ join: { ...join, valueColumn } })}
              />
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}

function ColumnSelect(props: {
  label: string;
  value: string;
  columns: string[];
  onChange: (v: string) => void;
}) {
  return (
    <label className="io-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}
