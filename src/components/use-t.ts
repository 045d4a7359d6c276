import { useCallback } from 'react';
import { useUiStore } from '../store/ui-store';
import type { StringKey } from '../lib/i18n/strings';
import { type Lang, translate } from '../lib/i18n/translate';

/** `t('nav.overview')` in the current language. */
export function useT() {
  const lang = useUiStore((s) => s.lang);
  return useCallback(
    (key: StringKey, params?: Record<string, string | number>) => translate(lang, key, params),
    [lang],
  );
}

export type T = ReturnType<typeof useT>;

export function useLang(): Lang {
  return useUiStore((s) => s.lang);
}
