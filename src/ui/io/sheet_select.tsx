import { useId } from 'react';
import type { SheetInfo } from '../../worker/io_messages.ts';
import { useT } from '../i18n/use_t.ts';

interface Props {
  sheets: readonly SheetInfo[] | undefined;
  value: string | undefined;
  onChange: (sheet: string) => void;
}

/** The Excel sheet to read ("工作表 / Sheet"), with each sheet's row count; shown only for a workbook of several sheets. */
export function SheetSelect({ sheets, value, onChange }: Props) {
  const t = useT();
  const id = useId();
  if (!sheets || sheets.length < 2) return null;
  return (
    <div className="io-field io-sheet">
      <label htmlFor={id}>{t('io_sheet')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {sheets.map((s) => (
          <option key={s.name} value={s.name}>
            {t('io_sheetOption', { name: s.name, rows: s.rows })}
          </option>
        ))}
      </select>
    </div>
  );
}
