import { describe, expect, it } from 'vitest';
import { sheetOf } from '../../components/data-table/testing/sheet-of';
import { shippedDataset } from '../../data/testing/shipped';
import { projectPool } from '../../domain/functions';
import { projectRows } from '../../domain/projects';
import { translate } from '../../lib/i18n/translate';
import { projectColumns } from './project-columns';

const dataset = shippedDataset();
const rows = projectRows(dataset, projectPool(dataset));
const columns = projectColumns((key, params) => translate('zh', key, params));

describe('the project list as CSV', () => {
  it('exports amounts exact in the chosen unit, shares as numbers, and names the unit once', () => {
    const [header, first] = sheetOf(columns, rows, (r) => r.id, { sort: 'amount.desc', unit: 'yuan' });
    expect(header).toEqual([
      '项目名称',
      '项目类型',
      '金额(元)',
      '占项目支出(%)',
      '资金来源',
      '绩效指标数',
      '难以考核的指标(%)',
      '功能科目',
    ]);
    // 4,000.00 万元 (line 342) = 40,000,000 元; ÷ 10,246.66 = 39.04%; 3 of its 9 targets hard to check.
    expect(first?.slice(0, 7)).toEqual([
      '政务云服务费',
      '特定目标类',
      '40000000.00',
      '39.04',
      '一般公共预算',
      '9',
      '33.33',
    ]);
  });
  it('exports empty cells where a number is missing, and what the cells say where it is not a value', () => {
    const sheet = sheetOf(columns, rows, (r) => r.id);
    // The two 政务云服务费 keep their printed name (the CSV's id column, csvKey, tells them apart).
    expect(sheet.filter((r) => r[0] === '政务云服务费')).toHaveLength(2);
    const unitFunds = sheet.find((r) => r[0] === '预算单位财政代管资金');
    expect(unitFunds?.slice(5)).toEqual(['', '', '2299999']);
    expect(sheet[1]?.[7]).toBe(translate('zh', 'projects.unattributed'));
  });
});
