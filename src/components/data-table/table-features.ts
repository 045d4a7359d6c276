import { createSortedRowModel, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

/** The one feature set of our tables: client sorting. Filtering and search run before the table (URL-driven). */
export const sortingFeatures = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
export type SortingFeatures = typeof sortingFeatures;
