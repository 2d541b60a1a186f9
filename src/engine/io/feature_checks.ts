import type { Feature, Geometry } from 'geojson';
import type { Label } from '../../domain/index.ts';
import { checkCoordinates } from './coordinates.ts';
import type { FieldChoice, FieldRole } from './field_mapping.ts';
import type { ImportIssue, ImportIssueCode } from './import_issue.ts';

/** Builds issues for one file. */
export function issueMaker(file: string) {
  return (
    code: ImportIssueCode,
    message: Label,
    featureIndex?: number,
    featureName?: string,
  ): ImportIssue => {
    const issue: ImportIssue = { code, file, message };
    if (featureIndex !== undefined) issue.featureIndex = featureIndex;
    if (featureName !== undefined) issue.featureName = featureName;
    return issue;
  };
}

const FLAG: Partial<Record<FieldRole, string>> = {
  name: '--name-field',
  kind: '--kind-field',
  population: '--population-field',
  class: '--class-field',
  code: '--code-field',
  id: '--code-field',
  level: '--level-field',
  status: '--status-field',
};

/** Issues for fields the user named that the file lacks: a warning when an alias stood in, else an error. */
export function missingFieldIssues(
  file: string,
  choice: FieldChoice,
): { errors: ImportIssue[]; warnings: ImportIssue[] } {
  const make = issueMaker(file);
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const fields = choice.available.join(', ') || '—';
  for (const m of choice.missing) {
    const flag = FLAG[m.role] ?? m.role;
    if (m.usedInstead !== undefined) {
      warnings.push(
        make('field_not_found', {
          zh: `没有字段 "${m.wanted}"（${flag}），改用 "${m.usedInstead}"。`,
          en: `has no field "${m.wanted}" (${flag}); used "${m.usedInstead}" instead.`,
        }),
      );
    } else {
      errors.push(
        make('field_not_found', {
          zh: `没有字段 "${m.wanted}"（${flag}）。文件中的字段有：${fields}。请改正 ${flag}。`,
          en: `has no field "${m.wanted}" (${flag}). Fields in the file: ${fields}. Correct ${flag}.`,
        }),
      );
    }
  }
  return { errors, warnings };
}

/**
 * Errors for a feature whose geometry is missing, of the wrong type or not in longitude/latitude.
 * `want` names the geometry types accepted, e.g. `['Polygon', 'MultiPolygon']`.
 */
export function geometryIssues(
  feature: Feature<Geometry | null>,
  want: readonly string[],
  wrongHint: Label,
  make: ReturnType<typeof issueMaker>,
  index: number,
  name: string | undefined,
): ImportIssue[] {
  const g = feature.geometry;
  const wantText = want.join('/');
  if (!g) {
    return [
      make(
        'wrong_geometry',
        {
          zh: `没有几何（geometry 为 null），需要 ${wantText}。`,
          en: `has no geometry (null); ${wantText} needed.`,
        },
        index,
        name,
      ),
    ];
  }
  if (!want.includes(g.type)) {
    return [
      make(
        'wrong_geometry',
        {
          zh: `几何类型是 ${g.type}，需要 ${wantText}。${wrongHint.zh}`,
          en: `geometry is a ${g.type}, ${wantText} needed. ${wrongHint.en}`,
        },
        index,
        name,
      ),
    ];
  }
  const check = checkCoordinates(g);
  if (check.kind === 'malformed') {
    return [
      make(
        'bad_coordinates',
        { zh: '坐标格式错误（不是数字数组）。', en: 'has malformed coordinates (not arrays of numbers).' },
        index,
        name,
      ),
    ];
  }
  if (check.kind === 'projected') {
    const [x, y] = check.sample;
    return [
      make(
        'projected_coordinates',
        {
          zh: `坐标 (${x}, ${y}) 不是经纬度（|经度|>180 或 |纬度|>90），像是投影坐标（米）。请附上 .prj 文件，或用 --crs 指定坐标系（如 --crs EPSG:4545）以转换为 WGS-84/CGCS2000 经纬度。`,
          en: `coordinates (${x}, ${y}) are not longitude/latitude (|lon| > 180 or |lat| > 90); they look like projected metres. Supply the .prj file, or name the coordinate system with the CRS option (e.g. --crs EPSG:4545), to convert them to WGS-84/CGCS2000 longitude/latitude.`,
        },
        index,
        name,
      ),
    ];
  }
  if (check.kind === 'swapped') {
    const [x, y] = check.sample;
    return [
      make(
        'swapped_coordinates',
        {
          zh: `坐标 (${x}, ${y}) 的经纬度似乎颠倒了：交换后才落在中国境内。GeoJSON 要求 [经度, 纬度]，请交换两列。`,
          en: `coordinates (${x}, ${y}) look like latitude/longitude swapped: only swapped do they fall inside China. GeoJSON needs [longitude, latitude]; swap the two columns.`,
        },
        index,
        name,
      ),
    ];
  }
  return [];
}

/**
 * Makes ids unique by appending `-2`, `-3`…, with one warning per renamed feature.
 * Returns new ids in input order.
 */
export function uniqueIds(
  ids: readonly string[],
  names: readonly (string | undefined)[],
  what: Label,
  make: ReturnType<typeof issueMaker>,
): { ids: string[]; warnings: ImportIssue[] } {
  const taken = new Set(ids);
  const seen = new Set<string>();
  const warnings: ImportIssue[] = [];
  const out = ids.map((id, i) => {
    if (!seen.has(id)) {
      seen.add(id);
      return id;
    }
    let n = 2;
    while (taken.has(`${id}-${n}`)) n++;
    const fresh = `${id}-${n}`;
    taken.add(fresh);
    seen.add(fresh);
    warnings.push(
      make(
        'duplicate_id',
        {
          zh: `${what.zh} "${id}" 重复，已改为 "${fresh}"。请在源文件中使用唯一的${what.zh}。`,
          en: `duplicate ${what.en} "${id}", renamed "${fresh}". Give each feature a unique ${what.en} in the source file.`,
        },
        i,
        names[i],
      ),
    );
    return fresh;
  });
  return { ids: out, warnings };
}

/** "马街, 金碧, … (+3)": a short list of names for a summary message. */
export function shortList(names: readonly string[], max = 5): string {
  const head = names.slice(0, max).join(', ');
  return names.length > max ? `${head} … (+${names.length - max})` : head;
}

/** Sets each issue's `row` from its feature's `_row` property (set by the table and Shapefile readers). */
export function withRows(
  issues: readonly ImportIssue[],
  properties: readonly Record<string, unknown>[],
): ImportIssue[] {
  return issues.map((issue) => {
    const row = issue.featureIndex === undefined ? undefined : properties[issue.featureIndex]?._row;
    return typeof row === 'number' ? { ...issue, row } : issue;
  });
}
