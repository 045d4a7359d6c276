import { describe, expect, it } from 'vitest';
import { reconcile, summarize } from '../domain/reconcile/reconcile';
import { brokenCases, brokenFileText } from './testing/broken-cases';
import { validateDatasetText } from './validate';

const cases = brokenCases();

describe('broken dataset files are rejected with located messages', () => {
  it('has a corpus of at least 15 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.description}`, () => {
      const result = validateDatasetText(brokenFileText(c), `${c.name}.json`);
      if (c.expect.reconcile) {
        // Schema-valid but inconsistent: displayed with a warning, so the failed checks must name the difference.
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const failed = summarize(reconcile(result.dataset)).failedIdentities.map((x) => x.id);
        expect(failed).toEqual(c.expect.reconcile);
        return;
      }
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const first = result.problems[0];
      expect(first?.where).toBe(c.expect.where);
      if (c.expect.engineMessage) expect(first?.message.startsWith(c.expect.message ?? '')).toBe(true);
      else expect(first?.message).toBe(c.expect.message);
      expect(first?.file).toBe(`${c.name}.json`);
    });
  }
});
