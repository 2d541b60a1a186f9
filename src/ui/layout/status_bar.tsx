import { shownIllustrative, useAppStore } from '../../store/index.ts';
import { PRESET_ERRORS } from '../../store/presets.ts';
import { useT } from '../i18n/use_t.ts';

/** The illustrative-data banner, load errors and the progress of a long computation. */
export function StatusBar() {
  const t = useT();
  const illustrative = useAppStore((s) => shownIllustrative(s.workspace));
  const progress = useAppStore((s) => s.results.progress);
  const error = useAppStore((s) => s.results.error);
  const loadError = useAppStore((s) => s.view.loadError);
  return (
    <>
      {illustrative && (
        <div className="banner banner-illustrative" role="note">
          {t('illustrativeBanner')}
        </div>
      )}
      {loadError && (
        <div className="banner banner-error" role="alert">
          {t('loadFailed', { message: t.pick(loadError) })}
        </div>
      )}
      {error && (
        <div className="banner banner-error" role="alert">
          {t('evaluationFailed', { message: error })}
        </div>
      )}
      {PRESET_ERRORS.length > 0 && (
        <div className="banner banner-error" role="alert">
          {PRESET_ERRORS.join(' · ')}
        </div>
      )}
      {progress !== null && (
        <div className="progress" role="status" aria-live="polite">
          <span>{t('computing')}</span>
          <progress max={1} value={progress} aria-label={t('computing')} />
        </div>
      )}
    </>
  );
}
