import { useId } from 'preact/hooks';
import { LANGS, type Lang } from '../../../i18n/keys';
import { setLang } from '../../../state/ui-store';
import { useLang, useT } from '../../hooks/use-t';

const LABEL_KEYS: Record<Lang, 'settings.lang.id' | 'settings.lang.en'> = {
  id: 'settings.lang.id',
  en: 'settings.lang.en',
};

/** Radio choice of the UI language; takes effect at once and is remembered on this device. */
export function LanguageSection() {
  const t = useT();
  const lang = useLang();
  const headingId = useId();
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.lang.title')}</h2>
      <fieldset class="choice-group">
        <legend class="visually-hidden">{t('settings.lang.legend')}</legend>
        {LANGS.map((l) => (
          <label key={l} class="choice-group__option" lang={l}>
            <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => void setLang(l)} />
            {t(LABEL_KEYS[l])}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
