import type { Label } from '../domain/index.ts';
import type { WorkspaceError } from '../domain/workspace_migrate.ts';

/**
 * Why a load or save failed. `unavailable`: no IndexedDB (some private modes, blocked storage);
 * `quota`: the browser refused the space; `conflict`: another tab saved this workspace since we
 * loaded or saved it; `invalid`: the stored workspace could not be read; `unknown`: anything else.
 */
export type PersistenceErrorKind = 'unavailable' | 'quota' | 'conflict' | 'invalid' | 'unknown';

/** What another tab saved, when there is a conflict. */
export interface StoredStamp {
  revision: number;
  savedAt: string;
  tabId: string;
}

export interface PersistenceError {
  kind: PersistenceErrorKind;
  /** What happened and what the planner can do, in both languages; show it at once. */
  message: Label;
  /** Set for `conflict`: the newer record in storage. */
  theirs?: StoredStamp;
  /** Set for `invalid`: what is wrong with the stored workspace. */
  errors?: WorkspaceError[];
  cause?: unknown;
}

const MESSAGES: Record<Exclude<PersistenceErrorKind, 'conflict' | 'invalid'>, Label> = {
  unavailable: {
    zh: '浏览器本地存储不可用（可能处于无痕/隐私模式或存储被禁用），修改不会自动保存。请导出工作区文件保存。',
    en: 'Browser storage is unavailable (private mode or storage blocked): changes are not saved automatically. Export the workspace file to keep them.',
  },
  quota: {
    zh: '浏览器存储空间不足，最近的修改未能保存。请导出工作区文件，或清理浏览器存储后重试。',
    en: 'Browser storage is full: the latest changes were not saved. Export the workspace file, or free browser storage and try again.',
  },
  unknown: {
    zh: '保存到浏览器存储时出错，最近的修改可能未保存。请导出工作区文件。',
    en: 'Saving to browser storage failed: the latest changes may not be saved. Export the workspace file.',
  },
};

export function conflictError(theirs: StoredStamp): PersistenceError {
  return {
    kind: 'conflict',
    theirs,
    message: {
      zh: `另一个标签页已于 ${theirs.savedAt} 保存了此工作区，为避免覆盖未自动保存。请选择：载入对方的版本，或将本页的版本另存为副本。`,
      en: `Another tab saved this workspace at ${theirs.savedAt}; not overwritten. Choose: reload theirs, or keep mine as a copy.`,
    },
  };
}

export function invalidError(errors: WorkspaceError[]): PersistenceError {
  const first = errors[0];
  const where = first ? ` (${first.path}: ${first.message.en})` : '';
  const whereZh = first ? `（${first.path}：${first.message.zh}）` : '';
  return {
    kind: 'invalid',
    errors,
    message: {
      zh: `浏览器中保存的工作区无法读取${whereZh}；未覆盖它。`,
      en: `The workspace stored in this browser cannot be read${where}; it was not overwritten.`,
    },
  };
}

const UNAVAILABLE_NAMES = new Set([
  'InvalidStateError',
  'SecurityError',
  'UnknownError',
  'NotFoundError',
  'VersionError',
]);

/** Classify an IndexedDB failure into a planner-facing error. */
export function storageError(cause: unknown): PersistenceError {
  const name =
    cause instanceof Error || (typeof cause === 'object' && cause !== null) ? (cause as Error).name : '';
  let kind: 'unavailable' | 'quota' | 'unknown' = 'unknown';
  if (name === 'QuotaExceededError') kind = 'quota';
  else if (typeof indexedDB === 'undefined' || name === 'ReferenceError' || UNAVAILABLE_NAMES.has(name))
    kind = 'unavailable';
  return { kind, message: MESSAGES[kind], cause };
}
