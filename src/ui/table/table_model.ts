import type { Rule, RuleResult, Zone } from '../../domain/index.ts';
import type { LevelFilter } from '../../store/index.ts';
import { resultSortValue } from '../format.ts';

export interface TableRow {
  zone: Zone;
  depth: 0 | 1;
  hasChildren: boolean;
}

export interface TableQuery {
  level: LevelFilter;
  failingOnly: boolean;
  sortKey: string;
  sortDir: 'asc' | 'desc';
  expanded: readonly string[];
}

type Index = Map<string, Map<string, RuleResult>>;

function fails(zone: Zone, rules: Rule[], index: Index): boolean {
  return rules.some((r) => index.get(r.id)?.get(zone.code)?.status === 'fail');
}

function comparator(sortKey: string, dir: 'asc' | 'desc', index: Index) {
  const sign = dir === 'asc' ? 1 : -1;
  return (a: Zone, b: Zone): number => {
    let d: number;
    if (sortKey === 'name') d = a.name.localeCompare(b.name, 'zh-CN');
    else if (sortKey === 'class') d = a.class.localeCompare(b.class);
    else if (sortKey === 'population') d = (a.population ?? -1) - (b.population ?? -1);
    else {
      const byZone = index.get(sortKey.replace(/^rule:/, ''));
      d = resultSortValue(byZone?.get(a.code)) - resultSortValue(byZone?.get(b.code));
      if (Number.isNaN(d)) d = 0;
    }
    return d * sign || a.code.localeCompare(b.code);
  };
}

/**
 * The rows of the zone table: streets (or townships) with their villages under them when
 * expanded, or one level only; filtered to failing zones on request; sorted by any column.
 */
export function tableRows(zones: Zone[], rules: Rule[], index: Index, q: TableQuery): TableRow[] {
  const enabled = rules.filter((r) => r.enabled);
  const keep = (z: Zone) => !q.failingOnly || fails(z, enabled, index);
  const cmp = comparator(q.sortKey, q.sortDir, index);
  if (q.level !== 'street') {
    const wanted = q.level === 'village' ? zones.filter((z) => z.level === 'village') : zones;
    return wanted
      .filter(keep)
      .sort(cmp)
      .map((zone) => ({ zone, depth: 0, hasChildren: false }));
  }
  const children = new Map<string, Zone[]>();
  for (const z of zones) {
    if (z.level !== 'village' || !z.parentCode) continue;
    children.set(z.parentCode, [...(children.get(z.parentCode) ?? []), z]);
  }
  const rows: TableRow[] = [];
  const tops = zones.filter((z) => z.level !== 'village').sort(cmp);
  for (const top of tops) {
    const kids = (children.get(top.code) ?? []).filter(keep).sort(cmp);
    if (!keep(top) && kids.length === 0) continue;
    rows.push({ zone: top, depth: 0, hasChildren: (children.get(top.code) ?? []).length > 0 });
    if (q.expanded.includes(top.code))
      for (const zone of kids) rows.push({ zone, depth: 1, hasChildren: false });
  }
  return rows;
}
