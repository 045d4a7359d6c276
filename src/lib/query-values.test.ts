import { describe, expect, it } from 'vitest';
import { queryChoice, queryInt } from './query-values';

describe('query values', () => {
  it('reads a whole number only when it is written as one', () => {
    expect(queryInt('3', 0, 99)).toBe(3);
    expect(queryInt('0', 0, 99)).toBe(0);
    for (const bad of [null, '', ' ', 'abc', '0x2', '1e1', '-1', '1.5', '+2', '100'])
      expect(queryInt(bad, 0, 99)).toBeNull();
  });
  it('reads a choice only from its list', () => {
    expect(queryChoice('pool', ['pool', 'attributed'])).toBe('pool');
    expect(queryChoice('Pool', ['pool', 'attributed'])).toBeNull();
    expect(queryChoice(null, ['pool'])).toBeNull();
  });
});
