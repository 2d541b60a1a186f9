import { useMemo } from 'react';
import { setView, useAppStore } from '../../store/index.ts';
import { useT } from '../i18n/use_t.ts';

/** A keyboard route to every facility: choose one to see its attributes and fly the map to it. */
export function FacilityPicker() {
  const t = useT();
  const facilities = useAppStore((s) => s.facilities);
  const selection = useAppStore((s) => s.view.selection);
  const sorted = useMemo(
    () => [...facilities].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    [facilities],
  );
  const value = selection?.type === 'facility' ? selection.id : '';
  const choose = (id: string) => {
    if (!id) return;
    setView((v) => ({
      selection: { type: 'facility', id },
      flyTo: { target: { type: 'facility', id }, seq: (v.flyTo?.seq ?? 0) + 1 },
    }));
  };
  return (
    <div className="field facility-picker">
      <label>
        {t('findFacility')}
        <select
          className="full-width"
          value={value}
          aria-label={t('findFacility')}
          onChange={(e) => choose(e.target.value)}
        >
          <option value="">{t('chooseFacility', { n: facilities.length })}</option>
          {sorted.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
