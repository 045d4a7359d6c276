import { beforeAll, describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { reconcile } from '../../domain/reconcile/reconcile';
import { checkMessageText, checkValueText } from './check-text';
import { loadLang } from './translate';

const checks = reconcile(shippedDataset());
const byId = (id: string) => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

describe('reconciliation checks as text', () => {
  beforeAll(() => loadLang('en'));

  it('reads in Chinese exactly as the report always has', () => {
    const zh = (id: string) => checkMessageText(byId(id).message, 'zh');
    expect(zh('gpbBasic.tree.301-501.personnel')).toBe(
      '一般公共预算基本支出情况表:301 工资福利支出/501 机关工资福利支出的“人员支出”等于其下各款之和',
    );
    expect(zh('gpbBasic.row.total.total')).toBe(
      '一般公共预算基本支出情况表:合计的小计等于人员支出加日常公用支出',
    );
    expect(zh('notes.income.total')).toBe(
      '说明“2023年收入预算11,098.87万元”与表中数字一致:收支总体情况表本年收入合计',
    );
    expect(zh('performance.coverage')).toBe(
      '说明称44个项目实施绩效目标管理;公开的绩效目标表数量(无表:p08 预算单位财政代管资金)',
    );
    expect(zh('sangong.notes.reception.change')).toBe('说明中公务接待费的增减额等于表中2023年数减2022年数');
  });

  it('reads in English, the document’s names kept as printed', () => {
    const en = (id: string) => checkMessageText(byId(id).message, 'en');
    expect(en('gpbBasic.row.total.total')).toBe(
      '一般公共预算基本支出情况表, total row: the subtotal equals personnel plus routine public expenses',
    );
    expect(en('expenditure.tree.20699.project')).toBe(
      '支出总体情况表, 20699 其他科学技术支出: “项目支出” equals the sum of the lines below it',
    );
    expect(en('sangong.notes.reception.change')).toBe(
      'Notes: the change in official hospitality equals the table’s 2023 figure minus its 2022 figure',
    );
    expect(en('attribution.2299999')).toBe(
      'The projects attributed to 2299999 (p08) together do not exceed that item’s project expenditure',
    );
  });

  it('has a sentence for every check in both languages, every placeholder filled', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const c of checks) {
        const text = checkMessageText(c.message, lang);
        expect(text, c.id).not.toMatch(/\{\w+\}|reconcile\./);
      }
  });

  it('gives money in the reader’s unit, counts and percentages as they are', () => {
    const total = byId('notes.income.total').actual;
    expect(checkValueText(total, 'wan', 'zh')).toBe('11,098.87 万元');
    expect(checkValueText(total, 'yuan', 'zh')).toBe('110,988,700.00 元');
    expect(checkValueText(total, 'yuan', 'en')).toBe('110,988,700.00 yuan');
    expect(checkValueText(byId('performance.coverage').actual, 'yuan', 'en')).toBe('43');
    expect(checkValueText(byId('notes.pct.sangong.total').actual, 'yuan', 'en')).toBe('−24.14%');
  });
});
