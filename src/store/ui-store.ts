import { create } from 'zustand';
import type { MoneyUnit } from '../lib/format/number';
import { type Lang, loadLang } from '../lib/i18n/translate';
import { type Mode, readPageOptions, writePageOptions } from '../lib/route/page-options';

export type { Lang, Mode };

/** The page options a reader changes, as the URL holds them (?lang=&unit=&mode=, before the hash). */
type PageOptionState = { unit: MoneyUnit; lang: Lang; mode: Mode };

/**
 * What the user chose for display — the page options of the URL, one source: the state is read from the URL when
 * the page starts (followUrl), and each setter writes the URL as it changes the state (history.replaceState: the
 * hash, history.state and the number of entries stay). The default of each is left out of the URL.
 */
interface UiStore extends PageOptionState {
  /** The English table's chunk did not arrive: the page shows Chinese and offers to try again. */
  langFailed: boolean;
  setUnit: (unit: MoneyUnit) => void;
  setMode: (mode: Mode) => void;
  /**
   * Shows the page in `lang` once its table is in; in Chinese, saying so, when the English chunk does not arrive.
   * The URL says `lang` at once, so a reload asks for it again.
   */
  setLang: (lang: Lang) => Promise<void>;
  /** Reads the page options from the URL again (after something other than these setters changed it). */
  followUrl: () => void;
}

function fromUrl(): PageOptionState {
  const { unit, lang, mode } = readPageOptions();
  return { unit, lang, mode };
}

export const useUiStore = create<UiStore>((set) => ({
  // No window when the build prerenders the first view: the defaults.
  ...fromUrl(),
  langFailed: false,
  setUnit: (unit) => {
    writePageOptions({ unit: unit === 'wan' ? null : unit });
    set({ unit });
  },
  setMode: (mode) => {
    writePageOptions({ mode: mode === 'normal' ? null : mode });
    set({ mode });
  },
  setLang: async (lang) => {
    writePageOptions({ lang: lang === 'en' ? 'en' : null });
    const ok = await loadLang(lang);
    set(ok ? { lang, langFailed: false } : { lang: 'zh', langFailed: true });
  },
  followUrl: () => set(fromUrl()),
}));
