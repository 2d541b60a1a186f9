import type { Rule, RuleResult } from '../../domain/index.ts';
import { setView, useAppStore } from '../../store/index.ts';
import { int, zoneName } from '../format.ts';
import { useT } from '../i18n/use_t.ts';
import { ResultCell } from './result_cell.tsx';
import type { TableRow } from './table_model.ts';

interface Props {
  row: TableRow;
  rules: Rule[];
  index: Map<string, Map<string, RuleResult>>;
  expanded: readonly string[];
}

/** One zone: click (or press the name button) to select it and fly the map there. */
export function ZoneRow({ row, rules, index, expanded }: Props) {
  const t = useT();
  const { zone } = row;
  const selected = useAppStore(
    (s) => s.view.selection?.type === 'zone' && s.view.selection.code === zone.code,
  );
  const name = zoneName(zone, t.lang);
  const isOpen = expanded.includes(zone.code);
  const select = () =>
    setView((v) => ({
      selection: { type: 'zone', code: zone.code },
      flyTo: { target: { type: 'zone', code: zone.code }, seq: (v.flyTo?.seq ?? 0) + 1 },
    }));
  const toggle = () =>
    setView((v) => ({
      table: {
        ...v.table,
        expanded: isOpen ? v.table.expanded.filter((c) => c !== zone.code) : [...v.table.expanded, zone.code],
      },
    }));
  return (
    <tr className={`depth-${row.depth}${selected ? ' selected' : ''}`} onClick={select}>
      <th scope="row" className="sticky-col zone-name">
        {row.hasChildren ? (
          <button
            type="button"
            className="expander"
            aria-expanded={isOpen}
            aria-label={t(isOpen ? 'collapseZone' : 'expandZone', { zone: zone.name })}
            onClick={(e) => {
              e.stopPropagation();
              toggle();
            }}
          >
            <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="expander-space" />
        )}
        <button
          type="button"
          className="link-button"
          onClick={(e) => {
            e.stopPropagation();
            select();
          }}
        >
          {name}
        </button>
      </th>
      <td>{t(zone.class)}</td>
      <td className="num">{zone.population === null ? '–' : int(zone.population, t.lang)}</td>
      {rules.map((r) => (
        <ResultCell key={r.id} result={index.get(r.id)?.get(zone.code)} />
      ))}
    </tr>
  );
}
