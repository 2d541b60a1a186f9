import { type Label, parseWorkspace, WORKSPACE_SCHEMA_VERSION, type Workspace } from '../domain/index.ts';
import type { WorkspaceError } from '../domain/workspace_migrate.ts';

/** Marker that says a JSON file is a Coverage Planner workspace. */
export const WORKSPACE_FILE_FORMAT = 'coverage-planner-workspace';
const HOLD = '@@covplan-compact:';
const HELD = /"@@covplan-compact:(\d+)"/g;

/** Suggested file extension. */
export const WORKSPACE_FILE_EXTENSION = '.covplan.json';

/** A problem in a workspace file: the file, the field path and what is wrong. */
export interface WorkspaceFileError extends WorkspaceError {
  file: string;
}

export type WorkspaceFileResult =
  | { ok: true; workspace: Workspace; migratedFrom?: number }
  | { ok: false; errors: WorkspaceFileError[] };

/**
 * The workspace as a pretty-printed JSON file: `{ format, formatVersion, workspace }`. Only what the
 * planner edited is written; results are recomputed on open.
 *
 * @example download(workspaceToFile(ws), `${ws.name}${WORKSPACE_FILE_EXTENSION}`)
 */
export function workspaceToFile(ws: Workspace, savedAt = new Date().toISOString()): string {
  // Geometries and population points go on one line each: pretty-printing every coordinate
  // makes files several times larger. Placeholders are swapped for their compact JSON.
  const compact: string[] = [];
  const hold = (value: unknown) => `${HOLD}${compact.push(JSON.stringify(value)) - 1}`;
  const workspace = {
    ...ws,
    savedAt,
    zones: ws.zones.map((z) => ({ ...z, geometry: hold(z.geometry) })),
    ...(ws.populationPoints ? { populationPoints: ws.populationPoints.map(hold) } : {}),
  };
  const file = { format: WORKSPACE_FILE_FORMAT, formatVersion: WORKSPACE_SCHEMA_VERSION, workspace };
  const text = JSON.stringify(file, null, 2).replace(HELD, (_, i: string) => compact[Number(i)] ?? 'null');
  return `${text}\n`;
}

function fileError(file: string, path: string, message: Label): WorkspaceFileResult {
  return { ok: false, errors: [{ file, path, message }] };
}

/**
 * Read a workspace file (any older version is migrated) and validate it. A corrupt or invalid file
 * gives errors naming the file and the field path; nothing else is touched.
 *
 * @example workspaceFromFile(await file.text(), file.name) // { ok: false, errors: [{ file: 'a.json', path: 'workspace.baseline[0].lat', … }] }
 */
export function workspaceFromFile(text: string, fileName: string): WorkspaceFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fileError(fileName, '(root)', {
      zh: `文件不是有效的 JSON，可能已损坏：${detail}`,
      en: `not valid JSON, the file may be damaged: ${detail}`,
    });
  }
  const record = json as Record<string, unknown> | null;
  if (typeof record !== 'object' || record === null || record.format !== WORKSPACE_FILE_FORMAT) {
    return fileError(fileName, 'format', {
      zh: `不是覆盖规划工作区文件（缺少 format: "${WORKSPACE_FILE_FORMAT}"）`,
      en: `not a Coverage Planner workspace file (no format: "${WORKSPACE_FILE_FORMAT}")`,
    });
  }
  const parsed = parseWorkspace(record.workspace);
  if (!parsed.ok) {
    const errors = parsed.errors.map((e) => ({
      ...e,
      file: fileName,
      path: e.path === '(root)' ? 'workspace' : `workspace.${e.path}`,
    }));
    return { ok: false, errors };
  }
  return parsed;
}

/** One line per error for a list or a log: `file, path: message`. */
export function formatWorkspaceFileError(error: WorkspaceFileError, lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? `${error.file}，${error.path}：${error.message.zh}`
    : `${error.file}, ${error.path}: ${error.message.en}`;
}
