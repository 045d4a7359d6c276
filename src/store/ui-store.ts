import { create } from 'zustand';
import type { MoneyUnit } from '../lib/format/number';
import type { Lang } from '../lib/i18n/translate';

export type { Lang };
export type Mode = 'normal' | 'present' | 'embed';

/** What the user chose for display. The app shell mirrors these in the page's query string (?lang=&unit=&mode=). */
interface UiStore {
  unit: MoneyUnit;
  lang: Lang;
  mode: Mode;
  /** The English table's chunk did not arrive: the page shows Chinese and offers to try again. */
  langFailed: boolean;
  setUnit: (unit: MoneyUnit) => void;
  setLang: (lang: Lang) => void;
  setMode: (mode: Mode) => void;
}

export const useUiStore = create<UiStore>((set) => ({
  unit: 'wan',
  lang: 'zh',
  mode: 'normal',
  langFailed: false,
  setUnit: (unit) => set({ unit }),
  setLang: (lang) => set({ lang }),
  setMode: (mode) => set({ mode }),
}));
