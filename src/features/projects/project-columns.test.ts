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
  it('exports amounts exact in the chosen unit, shares as shown, and names the unit once', () => {
    const [header, first] = sheetOf(columns, rows, (r) => r.id, { sort: 'amount.desc', unit: 'yuan' });
    expect(header).toEqual([
      '项目名称',
      '项目类型',
      '金额(元)',
      '占项目支出',
      '资金来源',
      '绩效指标数',
      '功能科目',
    ]);
    expect(first?.slice(0, 4)).toEqual([
      `政务云服务费${translate('zh', 'projects.sameName', { id: 'p09' })}`,
      '特定目标类',
      '40000000.00',
      '39.04%',
    ]);
  });
  it('exports what the cells say where it is not the value: same-name notes, no table, no 项', () => {
    const sheet = sheetOf(columns, rows, (r) => r.id);
    const twins = sheet.filter((r) => r[0]?.startsWith('政务云服务费'));
    expect(twins).toHaveLength(2);
    expect(twins.every((r) => r[0] !== '政务云服务费')).toBe(true);
    const unitFunds = sheet.find((r) => r[0] === '预算单位财政代管资金');
    expect(unitFunds?.slice(5)).toEqual([translate('zh', 'projects.noPerformance'), '2299999']);
    expect(sheet[1]?.[6]).toBe(translate('zh', 'projects.unattributed'));
  });
});
