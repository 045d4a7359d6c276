import { describe, expect, it } from 'vitest';
import { cleanItem, MAX_ITEM_CHARS } from './text-hygiene';

describe('cleanItem', () => {
  it('takes out bidi and other control characters, saying which and where', () => {
    const r = cleanItem('人大\u202E事务\u0007 4,000.00', 3, 120.5, 200);
    expect(r.str).toBe('人大事务 4,000.00');
    expect(r.findings).toEqual([{ kind: 'control', page: 3, x: 120.5, y: 200, detail: 'U+202E U+0007' }]);
    expect(cleanItem('a\u2066b\u2069\u200fc\ufeff', 1, 0, 0).str).toBe('abc');
  });

  it('leaves ordinary text, markup included, as it is (it is shown as text)', () => {
    for (const s of ['<img src=x onerror=alert(1)>', '一般公共服务支出', '=100%', 'a\tb'])
      expect(cleanItem(s, 1, 0, 0)).toEqual({ str: s, findings: [], absurdAmount: null });
  });

  it('cuts a run longer than any cell or line, saying how long it was', () => {
    const r = cleanItem('A'.repeat(1_000_000), 2, 60, 300);
    expect(r.str).toHaveLength(MAX_ITEM_CHARS);
    expect(r.findings).toEqual([{ kind: 'long', page: 2, x: 60, y: 300, detail: '1000000' }]);
  });

  it('finds amounts no budget prints: exponents, more than 15 digits before the point', () => {
    expect(cleanItem('1e30', 1, 0, 0).absurdAmount).toBe('1e30');
    expect(cleanItem('合计 1.5E+20', 1, 0, 0).absurdAmount).toBe('1.5E+20');
    const thirty = '123456789012345678901234567890.00';
    expect(cleanItem(thirty, 1, 0, 0).absurdAmount).toBe(thirty);
    expect(cleanItem('1,234,567,890,123,456.00', 1, 0, 0).absurdAmount).toBe('1,234,567,890,123,456.00');
    // The largest a budget holds, codes, credit codes and years are not amounts out of range.
    for (const s of ['999999999999999.99', '123,456,789,012,345.00', '2010101', '913700001234567890', '2025'])
      expect(cleanItem(s, 1, 0, 0).absurdAmount).toBeNull();
  });
});
