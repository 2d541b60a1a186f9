import { type Lang, shownIllustrative, useAppStore } from '../../store/index.ts';
import { chooseLang } from '../i18n/lang_choice.ts';
import { LANGS } from '../i18n/strings.ts';
import { useT } from '../i18n/use_t.ts';
import { IoControls } from '../io/io_controls.tsx';
import { UndoRedo } from './undo_redo.tsx';

const LANG_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

/** Title, data tag, undo/redo, file controls and the language switch. */
export function TopBar() {
  const t = useT();
  const illustrative = useAppStore((s) => shownIllustrative(s.workspace));
  return (
    <header className="top-bar">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <span className="subtitle">{t('appSubtitle')}</span>
      </div>
      {illustrative && <span className="tag tag-illustrative">{t('illustrativeTag')}</span>}
      <UndoRedo />
      <div className="top-bar-spacer" />
      <IoControls />
      <label className="lang-switch">
        <span>{t('language')}</span>
        <select
          value={t.lang}
          onChange={(e) => chooseLang(e.target.value as Lang)}
          aria-label={t('language')}
        >
          {LANGS.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {LANG_NAMES[lang]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
