import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcile, summarize } from '../domain/reconcile/reconcile';
import { schemaFiles } from './json-schema';
import { ROOT } from './testing/broken-cases';
import { shippedDataset } from './testing/shipped';

const d = shippedDataset();

describe('the shipped 2023 dataset', () => {
  it('holds what the document publishes', () => {
    expect(d.projects).toHaveLength(44);
    expect(d.performance).toHaveLength(43);
    expect(d.glossary).toHaveLength(17);
    expect(d.overview.duties).toHaveLength(10);
    expect(d.overview.units.map((u) => u.name)).toEqual(['潍坊市大数据局机关', '潍坊市大数据中心']);
    expect(Object.values(d.tables).filter((t) => t.published)).toHaveLength(12);
    expect(d.tables.govFund.rows).toHaveLength(0);
    expect(d.tables.govFund.note?.text).toContain('没有使用政府性基金预算拨款');
    expect(d.tables.stateCapital.note?.text).toContain('没有使用国有资本经营预算拨款');
  });

  it('keeps the two different projects both named 政务云服务费 apart', () => {
    const cloud = d.projects.filter((p) => p.name === '政务云服务费');
    expect(cloud.map((p) => [p.id, p.type, p.total.toFixed(2)])).toEqual([
      ['p06', '其他运转类', '91.33'],
      ['p09', '特定目标类', '4000.00'],
    ]);
  });

  it('links every performance table to its project, the 10.00 代管资金 having none', () => {
    const linked = new Set(d.performance.map((t) => t.projectId));
    expect(d.projects.filter((p) => !linked.has(p.id)).map((p) => p.name)).toEqual(['预算单位财政代管资金']);
  });

  it('counts the indicators (reported in the issue note)', () => {
    const count = d.performance.reduce((n, t) => n + t.indicators.length, 0);
    expect(count).toBe(550);
  });

  it('passes every reconciliation identity; the one observation is the 44 vs 43 performance tables', () => {
    const checks = reconcile(d);
    const s = summarize(checks);
    expect(s.failedIdentities).toEqual([]);
    expect(s.observations.map((c) => c.id)).toEqual(['performance.coverage']);
    expect(checks.length).toBeGreaterThan(700);
  });

  it('records the p04 performance table’s 19.50 as a correction to 49.50', () => {
    const p04 = d.performance.findIndex((t) => t.projectId === 'p04');
    const c = d.corrections.find((x) => x.path === `performance[${p04}].funds.total.value`);
    expect(c?.printed).toContain('19. 50');
    expect(c?.value).toBe('49.50');
  });

  it('commits the JSON Schemas that the zod schemas generate', () => {
    for (const [file, schema] of Object.entries(schemaFiles()))
      expect(JSON.parse(readFileSync(join(ROOT, 'public/data', file), 'utf8'))).toEqual(schema);
  });
});
