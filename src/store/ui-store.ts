import { create } from 'zustand';
import type { MoneyUnit } from '../lib/format/number';

/** What the user chose for display. Page-level choices are mirrored in the URL by the app shell. */
interface UiStore {
  unit: MoneyUnit;
  setUnit: (unit: MoneyUnit) => void;
}

export const useUiStore = create<UiStore>((set) => ({
  unit: 'wan',
  setUnit: (unit) => set({ unit }),
}));
