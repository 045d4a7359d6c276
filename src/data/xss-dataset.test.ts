import { describe, expect, it } from 'vitest';
import { PAYLOADS, xssDatasetText } from './testing/xss';
import { validateDatasetText } from './validate';

describe('a dataset full of attack payloads', () => {
  it('still validates (payloads are legal text), so the app must render it — as text', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
    const text = xssDatasetText();
    expect(text).toContain('onerror');
    const result = validateDatasetText(text, 'xss.json');
    expect(result.ok ? 'ok' : JSON.stringify(result.problems.slice(0, 3))).toBe('ok');
  });
});
