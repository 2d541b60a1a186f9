import type { Label } from '../../domain/index.ts';

/** A zone named in a join report: feature index, source row (tables, Shapefiles), code or name as written, name. */
export interface ZoneRef {
  index: number;
  row?: number;
  /** The zone's code (join by code) or name (join by name), as written. */
  key: string;
  name: string;
}

/** What a population join found, for reports and tests. Rows are as a spreadsheet shows them. */
export interface JoinReport {
  /** Zones that got a population from the table. */
  matched: number;
  zoneCount: number;
  /** Zones whose code or name is not in the table: they have no population. */
  unmatchedZones: ZoneRef[];
  /** Table rows that match no zone (`key` as written when it could not be read as a key). */
  unmatchedRows: { row: number; key: string }[];
  /** Code cells holding Excel's scientific display (`5.30112E+11`): the digits are lost. */
  badKeys: { row: number; text: string }[];
  /** Keys found in several rows; `conflicting` when their values differ (the zone then gets none). */
  duplicateKeys: { key: string; rows: number[]; conflicting: boolean }[];
  /** Rows whose value is empty or not a non-negative number. */
  badValues: { row: number; text: string }[];
  /** Zones matched only after dropping 街道/镇/乡… from the names. */
  looseMatches: { zone: ZoneRef; tableKey: string; row: number }[];
  /** Zones found in the table whose rows give no usable value (bad value or disagreeing duplicates). */
  withoutValue: { zone: ZoneRef; rows: number[] }[];
}

export type JoinIssueCode =
  | 'missing_column'
  | 'missing_zone_field'
  | 'nothing_matched'
  | 'unmatched_zones'
  | 'unmatched_rows'
  | 'bad_keys'
  | 'duplicate_keys'
  | 'bad_values'
  | 'loose_name_matches'
  | 'zones_without_value';

/** One finding of a join; the message starts with the file it is about. */
export interface JoinIssue {
  code: JoinIssueCode;
  severity: 'error' | 'warning';
  file: string;
  /** Source rows concerned (table rows; zone rows for zone findings when known). */
  rows: number[];
  message: Label;
}

const MAX_LISTED = 10;

function listed(items: readonly Label[]): Label {
  const head = items.slice(0, MAX_LISTED);
  const more = items.length - head.length;
  return {
    zh: head.map((i) => i.zh).join('、') + (more > 0 ? ` 等，另 ${more} 个` : ''),
    en: head.map((i) => i.en).join(', ') + (more > 0 ? ` … and ${more} more` : ''),
  };
}

const zoneLabel = (z: ZoneRef, by: 'code' | 'name'): Label => {
  const where =
    z.row === undefined
      ? { zh: `第 ${z.index + 1} 个要素`, en: `feature ${z.index + 1}` }
      : { zh: `第 ${z.row} 行`, en: `row ${z.row}` };
  const name = z.name || z.key || '—';
  const code = by === 'code' ? z.key || '—' : '';
  if (code === '' || code === name) return { zh: `${where.zh} ${name}`, en: `${where.en} ${name}` };
  return { zh: `${where.zh} ${name}（${code}）`, en: `${where.en} ${name} (${code})` };
};

const rowsText = (rows: readonly number[]): Label => ({
  zh: `第 ${rows.join('、')} 行`,
  en: `rows ${rows.join(', ')}`,
});

/** Error: a column the join needs is not in the table. */
export function missingColumnIssue(file: string, column: string, columns: readonly string[]): JoinIssue {
  const list = columns.join('、') || '—';
  return {
    code: 'missing_column',
    severity: 'error',
    file,
    rows: [],
    message: {
      zh: `${file}：人口表没有“${column}”列。表中的列有：${list}。`,
      en: `${file}: the population table has no column "${column}". Its columns: ${columns.join(', ') || '—'}.`,
    },
  };
}

/** Error: the zones have no code (or name) field to join on. */
export function missingZoneFieldIssue(
  file: string,
  by: 'code' | 'name',
  available: readonly string[],
): JoinIssue {
  const flag = by === 'code' ? '--code-field' : '--name-field';
  const what = by === 'code' ? { zh: '区划代码', en: 'zone code' } : { zh: '名称', en: 'name' };
  return {
    code: 'missing_zone_field',
    severity: 'error',
    file,
    rows: [],
    message: {
      zh: `${file}：区划没有${what.zh}字段，无法按${what.zh}联接人口表。字段有：${available.join('、') || '—'}。请用 ${flag} 指定。`,
      en: `${file}: the zones have no ${what.en} field to join the population table on. Fields: ${available.join(', ') || '—'}. Name it with ${flag}.`,
    },
  };
}

interface IssueContext {
  by: 'code' | 'name';
  keyColumn: string;
  valueColumn: string;
  zonesFile: string;
  tableFile: string;
}

/** The findings of a join as messages naming the file and rows (see {@link JoinReport}). */
export function joinIssues(
  r: JoinReport,
  c: IssueContext,
  zoneKeys: readonly string[],
  tableKeys: readonly string[],
): JoinIssue[] {
  const { tableFile: t, zonesFile: z, keyColumn: col, valueColumn: valueCol } = c;
  const out: JoinIssue[] = [];
  const add = (
    code: JoinIssueCode,
    severity: JoinIssue['severity'],
    file: string,
    rows: number[],
    message: Label,
  ) => out.push({ code, severity, file, rows, message });
  if (r.matched === 0 && r.withoutValue.length === 0) {
    const zoneSample = zoneKeys.slice(0, 3).join(', ') || '—';
    const tableSample = tableKeys.slice(0, 3).join(', ') || '—';
    add('nothing_matched', 'error', t, [], {
      zh: `${t}：人口表“${col}”列与 ${z} 的 ${r.zoneCount} 个区划一个也对不上（按${c.by === 'code' ? '区划代码' : '名称'}比较；区划如 ${zoneSample}，表中如 ${tableSample}）。请检查联接列和联接方式（--join-column、--join-by）。`,
      en: `${t}: no zone of ${z} (${r.zoneCount}) matches the table's "${col}" column (compared by ${c.by}; zones like ${zoneSample}, table like ${tableSample}). Check the join column and the join kind (--join-column, --join-by).`,
    });
    return out;
  }
  if (r.unmatchedZones.length > 0) {
    const l = listed(r.unmatchedZones.map((x) => zoneLabel(x, c.by)));
    add(
      'unmatched_zones',
      'warning',
      t,
      r.unmatchedZones.flatMap((x) => (x.row === undefined ? [] : [x.row])),
      {
        zh: `${t}：${z} 中 ${r.unmatchedZones.length} 个区划在人口表“${col}”列中找不到，它们没有人口：${l.zh}。`,
        en: `${t}: ${r.unmatchedZones.length} zones of ${z} are not in the population table's "${col}" column; they have no population: ${l.en}.`,
      },
    );
  }
  if (r.unmatchedRows.length > 0) {
    const l = listed(
      r.unmatchedRows.map((x) => ({
        zh: `第 ${x.row} 行（${x.key || '空'}）`,
        en: `row ${x.row} (${x.key || 'empty'})`,
      })),
    );
    add(
      'unmatched_rows',
      'warning',
      t,
      r.unmatchedRows.map((x) => x.row),
      {
        zh: `${t}：人口表有 ${r.unmatchedRows.length} 行未对应任何区划：${l.zh}。`,
        en: `${t}: ${r.unmatchedRows.length} rows of the population table match no zone: ${l.en}.`,
      },
    );
  }
  if (r.badKeys.length > 0) {
    const l = listed(
      r.badKeys.map((x) => ({ zh: `第 ${x.row} 行（${x.text}）`, en: `row ${x.row} (${x.text})` })),
    );
    add(
      'bad_keys',
      'warning',
      t,
      r.badKeys.map((x) => x.row),
      {
        zh: `${t}：“${col}”列有 ${r.badKeys.length} 个代码是 Excel 的科学计数显示，位数已丢失：${l.zh}。请把该列设为文本格式后重新保存。`,
        en: `${t}: ${r.badKeys.length} codes in "${col}" are Excel's scientific display and have lost digits: ${l.en}. Format the column as text and save again.`,
      },
    );
  }
  if (r.duplicateKeys.length > 0) {
    const l = listed(
      r.duplicateKeys.map((d) => {
        const rows = rowsText(d.rows);
        return d.conflicting
          ? {
              zh: `${d.key}（${rows.zh}，人口不同，不采用）`,
              en: `${d.key} (${rows.en}, values differ: not used)`,
            }
          : { zh: `${d.key}（${rows.zh}）`, en: `${d.key} (${rows.en})` };
      }),
    );
    add(
      'duplicate_keys',
      'warning',
      t,
      r.duplicateKeys.flatMap((d) => d.rows),
      {
        zh: `${t}：“${col}”列有 ${r.duplicateKeys.length} 个重复的键：${l.zh}。`,
        en: `${t}: ${r.duplicateKeys.length} keys appear more than once in "${col}": ${l.en}.`,
      },
    );
  }
  if (r.badValues.length > 0) {
    const l = listed(
      r.badValues.map((x) => ({
        zh: `第 ${x.row} 行（${x.text === '' ? '空' : `"${x.text}"`}）`,
        en: `row ${x.row} (${x.text === '' ? 'empty' : `"${x.text}"`})`,
      })),
    );
    add(
      'bad_values',
      'warning',
      t,
      r.badValues.map((x) => x.row),
      {
        zh: `${t}：${r.badValues.length} 行的“${valueCol}”不是非负数字：${l.zh}。`,
        en: `${t}: ${r.badValues.length} rows have a "${valueCol}" that is not a non-negative number: ${l.en}.`,
      },
    );
  }
  if (r.withoutValue.length > 0) {
    const l = listed(
      r.withoutValue.map((x) => {
        const zl = zoneLabel(x.zone, c.by);
        const rows = rowsText(x.rows);
        return { zh: `${zl.zh} ← 表${rows.zh}`, en: `${zl.en} ← table ${rows.en}` };
      }),
    );
    add(
      'zones_without_value',
      'warning',
      t,
      r.withoutValue.flatMap((x) => x.rows),
      {
        zh: `${t}：${z} 中 ${r.withoutValue.length} 个区划在人口表中找到，但没有可用的人口值，它们没有人口：${l.zh}。`,
        en: `${t}: ${r.withoutValue.length} zones of ${z} are in the table but have no usable population value; they have no population: ${l.en}.`,
      },
    );
  }
  if (r.looseMatches.length > 0) {
    const l = listed(
      r.looseMatches.map((m) => ({
        zh: `${m.zone.name} ↔ ${m.tableKey}（第 ${m.row} 行）`,
        en: `${m.zone.name} ↔ ${m.tableKey} (row ${m.row})`,
      })),
    );
    add(
      'loose_name_matches',
      'warning',
      t,
      r.looseMatches.map((m) => m.row),
      {
        zh: `${t}：${r.looseMatches.length} 个区划去掉“街道/镇/乡”等后缀后才与人口表对上，请核对：${l.zh}。`,
        en: `${t}: ${r.looseMatches.length} zones matched only after dropping 街道/镇/乡 or a similar ending; check them: ${l.en}.`,
      },
    );
  }
  return out;
}
