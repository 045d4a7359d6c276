import { describe, expect, it } from 'vitest';
import { plainText, sheetRows } from './sheet';

const text = (t: string) => ({ text: t, amount: false });
const amount = (t: string) => ({ text: t, amount: true });

describe('an exported table', () => {
  it('names the unit in the header of a column that holds amounts', () => {
    expect(sheetRows(['项目', '金额'], [[text('律师咨询服务'), amount('2.48')]], '万元')).toEqual([
      ['项目', '金额(万元)'],
      ['律师咨询服务', '2.48'],
    ]);
  });
  it('does not repeat a unit the header already names, nor add one to a column without amounts', () => {
    expect(sheetRows(['金额(万元)', '占比'], [[amount('2.48'), text('0.02%')]], '万元')[0]).toEqual([
      '金额(万元)',
      '占比',
    ]);
  });
  it('adds no unit when no row is left to show one (an empty filter result)', () => {
    expect(sheetRows(['项目', '金额'], [], '万元')).toEqual([['项目', '金额']]);
  });
  it('reads white space as a reader does', () => {
    expect(plainText('  政务云\n 服务费 ')).toBe('政务云 服务费');
  });
});
