import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenCases, brokenFileText, SHIPPED } from './testing/broken-cases';
import { validateDatasetText } from './validate';
import { validateDatasetTextInSlices } from './validate-sliced';

const FILE = 'weifang-big-data-bureau-2023.json';
const immediate = () => Promise.resolve();

describe('validation in slices', () => {
  it('gives the shipped dataset exactly as the one-piece validation does, yielding between slices', async () => {
    const text = readFileSync(SHIPPED, 'utf8');
    let pauses = 0;
    const sliced = await validateDatasetTextInSlices(text, FILE, () => {
      pauses += 1;
      return Promise.resolve();
    });
    const whole = validateDatasetText(text, FILE);
    expect(sliced.ok).toBe(true);
    expect(sliced).toEqual(whole);
    // 12 tables, 43 performance tables in batches of 8, and the steps around them.
    expect(pauses).toBeGreaterThanOrEqual(12 + 6);
  });

  it.each(brokenCases().map((c) => [c.name, c] as const))(
    'reports the broken file %s with the same located problems',
    async (_name, c) => {
      const text = brokenFileText(c);
      expect(await validateDatasetTextInSlices(text, FILE, immediate)).toEqual(
        validateDatasetText(text, FILE),
      );
    },
  );
});
