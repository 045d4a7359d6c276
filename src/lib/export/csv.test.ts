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
    expect(guardFormula('+1+1')).toBe("'+1+1");
    expect(guardFormula("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(guardFormula('\t=1+1')).toBe("'\t=1+1");
    expect(guardFormula(' =1+1')).toBe("' =1+1");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('-2+3')).toBe("'-2+3");
    expect(guardFormula('-0.70')).toBe('-0.70');
    expect(guardFormula('≥95%')).toBe('≥95%');
  });
  it("does not guard the numbers the app writes (signed changes, percentages, a derived figure's note)", () => {
    for (const n of ['+1', '+19.51%(推算)', '+19.51% (derived)', '+1,812.07', '-24.14%', '-0.70'])
      expect(guardFormula(n)).toBe(n);
    expect(guardFormula('+19.51%(A1)')).toBe("'+19.51%(A1)");
    expect(guardFormula('+1%(HYPERLINK("x"))')).toBe(`'+1%(HYPERLINK("x"))`);
    expect(toCsv([['+19.51%(推算)']])).toBe(`${BOM}+19.51%(推算)\r\n`);
  });
  it("quotes a field holding another locale's separator, so a formula after it stays inside the text", () => {
    expect(toCsv([['x;=1+1', 'a\tb']])).toBe(`${BOM}"x;=1+1","a\tb"\r\n`);
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([['a,b', 'say "hi"', 'x\ny']])).toBe(`${BOM}"a,b","say ""hi""","x\ny"\r\n`);
  });
  it('no field of any row begins with = + @ unguarded', () => {
    const csv = toCsv([['=HYPERLINK("http://evil")', '+cmd', '@x', '=1套']]);
    const fields = csv.slice(1).trim().split(',');
    expect(fields).toHaveLength(4);
    expect(fields.every((f) => !/^"?[=+@]/.test(f))).toBe(true);
  });
});
