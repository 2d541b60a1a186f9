import { useCallback } from 'react';
import type { Label } from '../../domain/index.ts';
import { useAppStore } from '../../store/index.ts';
import { type Lang, pick, type StringKey, translate } from './strings.ts';

export type T = ((key: StringKey, params?: Record<string, string | number>) => string) & {
  lang: Lang;
  pick: (label: Label | undefined) => string;
};

/** The current language and a translator bound to it: `const t = useT(); t('zone')`. */
export function useT(): T {
  const lang = useAppStore((s) => s.view.lang);
  const base = useCallback(
    (key: StringKey, params?: Record<string, string | number>) => translate(key, lang, params),
    [lang],
  );
  return Object.assign(base, { lang, pick: (label: Label | undefined) => pick(label, lang) });
}
