import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entrySummary, regionOf } from './catalog-summary';
import { ROOT } from './testing/broken-cases';
import { shippedDataset } from './testing/shipped';
import { validateCatalogText } from './validate-catalog';

describe('the catalog summary', () => {
  const text = readFileSync(join(ROOT, 'public/data/catalog.json'), 'utf8');
  const catalog = validateCatalogText(text, 'catalog.json');
  if (!catalog.ok) throw new Error(JSON.stringify(catalog.problems));
  const entry = catalog.catalog.datasets.find((e) => e.id === 'weifang-big-data-bureau-2023');

  it('of the shipped dataset is what its dataset gives (npm run catalog keeps it so)', () => {
    expect(entry?.summary).toEqual(entrySummary(shippedDataset(), null));
  });

  it('holds the document’s headline figures exactly', () => {
    // Source text: line 96 (收入总表 合计 11098.87) and line 411 (支出预算 11,098.87 = 基本 852.21 + 项目 10,246.66).
    expect(entry?.summary).toMatchObject({
      income: '11098.87',
      total: '11098.87',
      basic: '852.21',
      project: '10246.66',
    });
    const s = entry?.summary;
    const sum = Object.values(s?.functions ?? {}).reduce((a, b) => a + Math.round(Number(b.total) * 100), 0);
    // The 类 add up to the total (compared in fen, integers).
    expect(sum).toBe(1109887);
  });

  it('derives a region from the name, past a party or body prefix', () => {
    expect(regionOf('上海市普陀区人民政府万里街道办事处')).toBe('上海市普陀区');
    expect(regionOf('中共上海市普陀区委社会工作部')).toBe('上海市普陀区');
    expect(regionOf('中国共产党江苏省委员会办公厅')).toBe('江苏省');
    expect(regionOf('政协江苏省委员会办公厅')).toBe('江苏省');
    expect(regionOf('江苏省高级人民法院')).toBe('江苏省');
  });
});
