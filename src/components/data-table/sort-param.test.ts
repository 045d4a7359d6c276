import { describe, expect, it } from 'vitest';
import { formatSortParam, parseSortParam } from './sort-param';

describe('sort in the URL', () => {
  it('reads known columns and directions only', () => {
    expect(parseSortParam('amount.desc', ['amount', 'name'])).toEqual([{ id: 'amount', desc: true }]);
    expect(parseSortParam('name.asc', ['amount', 'name'])).toEqual([{ id: 'name', desc: false }]);
    expect(parseSortParam('evil.desc', ['amount'])).toEqual([]);
    expect(parseSortParam('amount.sideways', ['amount'])).toEqual([]);
    expect(parseSortParam(null, ['amount'])).toEqual([]);
  });
  it('writes what it reads', () => {
    expect(formatSortParam([{ id: 'amount', desc: true }])).toBe('amount.desc');
    expect(formatSortParam([])).toBeNull();
  });
});
