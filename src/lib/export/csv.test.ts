import { describe, expect, it } from 'vitest';
import { BOM, guardFormula, toCsv } from './csv';

describe('CSV for Excel', () => {
  it('starts with a BOM and uses CRLF', () => {
    const csv = toCsv([
      ['项目', '金额(万元)'],
      ['律师咨询服务', '2.48'],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}项目,金额(万元)\r\n律师咨询服务,2.48\r\n`);
  });
  it('keeps targets that begin with = as text, and guards +, - and @ too', () => {
    expect(guardFormula('=100%')).toBe("'=100%");
    expect(guardFormula('=1套')).toBe("'=1套");
    expect(guardFormula('+1')).toBe("'+1");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('-2+3')).toBe("'-2+3");
    expect(guardFormula('-0.70')).toBe('-0.70');
    expect(guardFormula('≥95%')).toBe('≥95%');
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([['a,b', 'say "hi"', 'x\ny']])).toBe(`${BOM}"a,b","say ""hi""","x\ny"\r\n`);
  });
  it('no field of any row begins with = + @ unguarded', () => {
    const csv = toCsv([['=HYPERLINK("http://evil")', '+cmd', '@x', '=1套']]);
    const fields = csv.slice(1).trim().split(',');
    expect(fields.every((f) => !/^"?[=+@]/.test(f))).toBe(true);
  });
});
