import { create } from 'zustand';
import type { MoneyUnit } from '../lib/format/number';
import type { Lang } from '../lib/i18n/translate';

export type { Lang };

/** What the user chose for display. The app shell mirrors these in the page's query string (?lang=&unit=). */
interface UiStore {
  unit: MoneyUnit;
  lang: Lang;
  setUnit: (unit: MoneyUnit) => void;
  setLang: (lang: Lang) => void;
}

export const useUiStore = create<UiStore>((set) => ({
  unit: 'wan',
  lang: 'zh',
  setUnit: (unit) => set({ unit }),
  setLang: (lang) => set({ lang }),
}));
