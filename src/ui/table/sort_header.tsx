import { setView, useAppStore } from '../../store/index.ts';
import { useT } from '../i18n/use_t.ts';

interface Props {
  sortKey: string;
  label: string;
  numeric?: boolean;
  className?: string;
}

/** A column header whose button sorts the table; aria-sort tells the current order. */
export function SortHeader({ sortKey, label, numeric, className }: Props) {
  const t = useT();
  const { sortKey: current, sortDir } = useAppStore((s) => s.view.table);
  const active = current === sortKey;
  const sort = () =>
    setView((v) => ({
      table: { ...v.table, sortKey, sortDir: active && v.table.sortDir === 'asc' ? 'desc' : 'asc' },
    }));
  return (
    <th
      scope="col"
      className={`${className ?? ''}${numeric ? ' num' : ''}`}
      aria-sort={active ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={sort} title={t('sortBy', { col: label })}>
        <span className="sort-label">{label}</span>
        <span aria-hidden="true" className="sort-arrow">
          {active ? (sortDir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
