import { describe, expect, it } from 'vitest';
import { validateCatalogText } from '../src/data/validate-catalog';
import { siteDirProblem } from './city-site';
import { syntheticCatalog } from './synthetic-catalog';

const fen = (s: string | null | undefined) => Math.round(Number(s ?? 0) * 100);

describe('the synthetic city catalog', () => {
  const catalog = syntheticCatalog();

  it('holds 1,000 department-years the app accepts, marked synthetic as a whole', () => {
    const checked = validateCatalogText(JSON.stringify(catalog), 'catalog.json');
    expect(checked.ok).toBe(true);
    expect(catalog.synthetic).toBe(true);
    expect(catalog.datasets).toHaveLength(1000);
    expect(catalog.datasets.filter((e) => e.scope === '单位')).toHaveLength(200);
    expect(new Set(catalog.datasets.map((e) => e.region))).toEqual(
      new Set(['合成省甲市', '合成省乙市', '合成省丙市', '合成省丁市']),
    );
    expect(catalog.datasets.every((e) => e.sourceTitle.includes('合成数据'))).toBe(true);
  });

  it('has figures that add up: 基本 + 项目 = total = the sum of its 类', () => {
    const wrong = catalog.datasets.filter(
      ({ summary: s }) =>
        fen(s?.basic) + fen(s?.project) !== fen(s?.total) ||
        Object.values(s?.functions ?? {}).reduce((n, f) => n + fen(f.total), 0) !== fen(s?.total) ||
        fen(s?.total) <= 0,
    );
    expect(wrong.map((e) => e.id)).toEqual([]);
  });

  it('is the same on every run', () => {
    expect(JSON.stringify(syntheticCatalog())).toBe(JSON.stringify(catalog));
  });

  it('is never written into the repository’s data, build or code', () => {
    for (const dir of ['public/data', 'public', 'dist', 'src/features', '.', '..'])
      expect(siteDirProblem(dir), dir).toMatch(/never into public/);
    expect(siteDirProblem('tmp/city-site')).toBeNull();
  });
});
