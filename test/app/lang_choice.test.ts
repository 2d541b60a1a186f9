import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/index.ts';
import { chooseLang, LANG_STORAGE_KEY, startLang, storedLang } from '../../src/ui/i18n/lang_choice.ts';

/** A localStorage stand-in over a Map (Node has none). */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    map,
  };
}

const refusing = {
  getItem: (): string | null => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('the interface language on start', () => {
  it('follows the browser when the planner never chose', () => {
    expect(startLang(storedLang(memoryStorage()), ['en-GB', 'zh-CN'])).toBe('en');
    expect(startLang(storedLang(memoryStorage()), ['zh-TW'])).toBe('zh');
  });

  it('keeps the planner’s choice over the browser’s language', () => {
    const store = memoryStorage({ [LANG_STORAGE_KEY]: 'zh' });
    expect(startLang(storedLang(store), ['en-GB'])).toBe('zh');
    store.map.set(LANG_STORAGE_KEY, 'en');
    expect(startLang(storedLang(store), ['zh-CN'])).toBe('en');
  });

  it('ignores a stored value that is not a language, and storage that refuses', () => {
    expect(storedLang(memoryStorage({ [LANG_STORAGE_KEY]: 'fr' }))).toBeNull();
    expect(storedLang(refusing)).toBeNull();
    expect(storedLang(null)).toBeNull();
  });

  it('a choice switches the language and is stored; a refused write still switches', () => {
    const store = memoryStorage();
    chooseLang('en', store);
    expect(useAppStore.getState().view.lang).toBe('en');
    expect(store.map.get(LANG_STORAGE_KEY)).toBe('en');
    chooseLang('zh', refusing);
    expect(useAppStore.getState().view.lang).toBe('zh');
  });
});
