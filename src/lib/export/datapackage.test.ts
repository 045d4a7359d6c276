import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../data/testing/broken-cases';
import { shippedDataset } from '../../data/testing/shipped';
import { fiscalDataPackage } from './datapackage';

const files = fiscalDataPackage(shippedDataset());

describe('Fiscal Data Package', () => {
  it('describes its three resources and their measures', () => {
    const dp = JSON.parse(files['datapackage.json']);
    expect(dp.profile).toBe('fiscal-data-package');
    expect(dp.resources.map((r: { path: string }) => r.path)).toEqual([
      'expenditure-by-function.csv',
      'basic-expenditure-by-economic-classification.csv',
      'projects.csv',
    ]);
    expect(dp.model.measures.total).toMatchObject({ currency: 'CNY', factor: 10000 });
  });
  it('holds exact decimals from the document', () => {
    expect(files['expenditure-by-function.csv']).toContain(
      '2150599,项,215,其他工业和信息产业监管支出,4150.33,0.00,4150.33,138',
    );
    expect(files['projects.csv']).toContain('p09,政务云服务费,特定目标类,4000.00,4000.00,0.00,,342');
    expect(files['projects.csv']).toContain(
      'p08,预算单位财政代管资金,其他运转类,10.00,0.00,10.00,2299999,341',
    );
    expect(files['projects.csv'].trim().split('\r\n')).toHaveLength(45);
  });
  it('is committed as generated (npm run build-datapackage)', () => {
    for (const [name, text] of Object.entries(files))
      expect(readFileSync(join(ROOT, 'public/data/datapackage', name), 'utf8'), name).toBe(text);
  });
});
