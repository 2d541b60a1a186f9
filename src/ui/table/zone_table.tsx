import { AREA_CODE } from '../../domain/index.ts';
import { type LevelFilter, setView, useAppStore } from '../../store/index.ts';
import { int, straightLineNote } from '../format.ts';
import { useResultIndex, useRules, useSelectedRule } from '../hooks.ts';
import { useT } from '../i18n/use_t.ts';
import { ResultCell } from './result_cell.tsx';
import { SortHeader } from './sort_header.tsx';
import { tableRows } from './table_model.ts';
import { ZoneRow } from './zone_row.tsx';

const LEVELS: LevelFilter[] = ['street', 'village', 'all'];

/** A row per zone with each enabled rule's result; sortable, filterable, with a whole-area row. */
export function ZoneTable() {
  const t = useT();
  const zones = useAppStore((s) => s.workspace.zones);
  const q = useAppStore((s) => s.view.table);
  const rules = useRules().filter((r) => r.enabled);
  const index = useResultIndex();
  const selected = useSelectedRule();
  const busy = useAppStore((s) => s.results.busy);
  const rows = tableRows(zones, rules, index, q);
  const totalPopulation = zones
    .filter((z) => z.level !== 'village')
    .reduce((s, z) => s + (z.population ?? 0), 0);
  const setTable = (patch: Partial<typeof q>) => setView((v) => ({ table: { ...v.table, ...patch } }));

  return (
    <section className="table-area" aria-label={t('tablePanel')} aria-busy={busy}>
      <div className="table-toolbar">
        <h2>{t('tablePanel')}</h2>
        <label>
          {t('levelFilter')}
          <select
            value={q.level}
            aria-label={t('levelFilter')}
            onChange={(e) => setTable({ level: e.target.value as LevelFilter })}
          >
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level_${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={q.failingOnly}
            onChange={(e) => setTable({ failingOnly: e.target.checked })}
          />
          {t('failingOnly')}
        </label>
        <span className="muted">{t('zoneCount', { n: rows.length })}</span>
        <span className="note" title={straightLineNote(selected, t.lang)}>
          {straightLineNote(selected, t.lang)}
        </span>
      </div>
      <div className="table-scroll">
        <table className="zone-table">
          <caption className="visually-hidden">{t('tablePanel')}</caption>
          <thead>
            <tr>
              <SortHeader sortKey="name" label={t('zone')} className="sticky-col" />
              <SortHeader sortKey="class" label={t('classCol')} />
              <SortHeader sortKey="population" label={t('population')} numeric />
              {rules.map((r) => (
                <SortHeader
                  key={r.id}
                  sortKey={`rule:${r.id}`}
                  label={t.pick(r.title)}
                  className="rule-col"
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ZoneRow key={row.zone.code} row={row} rules={rules} index={index} expanded={q.expanded} />
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={3 + rules.length} className="muted">
                  {t('noZones')}
                </td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr className="totals-row">
              <th scope="row" className="sticky-col">
                {t('wholeArea')}
              </th>
              <td />
              <td className="num">{int(totalPopulation, t.lang)}</td>
              {rules.map((r) => (
                <ResultCell key={r.id} result={index.get(r.id)?.get(AREA_CODE)} />
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
