import { type Lang, loadLang } from '../lib/i18n/translate';
import { useUiStore } from '../store/ui-store';

/** Shows the page in `lang` once its table is in; in Chinese, saying so, when the English chunk does not arrive. */
export async function switchLang(lang: Lang): Promise<void> {
  const ok = await loadLang(lang);
  useUiStore.setState(ok ? { lang, langFailed: false } : { lang: 'zh', langFailed: true });
}
