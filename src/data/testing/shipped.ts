// Test support (Node only): the shipped dataset, validated into domain values once per test file.
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../domain/model';
import { validateDatasetText } from '../validate';
import { SHIPPED } from './broken-cases';

let cached: Dataset | null = null;

export function shippedDataset(): Dataset {
  if (cached) return cached;
  const result = validateDatasetText(readFileSync(SHIPPED, 'utf8'), 'weifang-big-data-bureau-2023.json');
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  cached = result.dataset;
  return cached;
}
