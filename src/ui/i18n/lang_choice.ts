import { type Lang, setLang } from '../../store/index.ts';
import { defaultLang, LANGS } from './strings.ts';

/** localStorage key of the language the planner chose in the language select. */
export const LANG_STORAGE_KEY = 'coverage-planner:lang';

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's localStorage, or null where it is missing or refused (some private modes). */
function storage(): KeyValue | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The language the planner chose earlier in this browser, or null when none (or unreadable). */
export function storedLang(store: KeyValue | null = storage()): Lang | null {
  try {
    const value = store?.getItem(LANG_STORAGE_KEY);
    return LANGS.find((l) => l === value) ?? null;
  } catch {
    return null;
  }
}

/**
 * The language to start in: the planner's explicit choice when there is one, else the browser's
 * (`navigator.languages`: zh* → Chinese, anything else → English).
 *
 * @example startLang(null, ['en-GB']) // 'en'; startLang('zh', ['en-GB']) // 'zh'
 */
export function startLang(stored: Lang | null, languages?: readonly string[]): Lang {
  return stored ?? defaultLang(languages);
}

/** Switches the interface language on the planner's request and remembers it for the next start. */
export function chooseLang(lang: Lang, store: KeyValue | null = storage()): void {
  setLang(lang);
  try {
    store?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered (storage full or refused); the language still switches for this visit.
  }
}
