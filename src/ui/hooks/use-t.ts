import { useCallback } from 'preact/hooks';
import { type MessageKey, type Params, translate } from '../../i18n';
import { useUi } from '../../state/ui-store';

/** The translate function for the current UI language; re-renders when the language changes. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = useUi((s) => s.lang);
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}

export function useLang() {
  return useUi((s) => s.lang);
}
