import { functionLevel } from '../../domain/classification';
import type { Dataset } from '../../domain/model';
import { cell } from '../../domain/table';
import { quoteField } from './csv';

/** Plain CSV for open-data tools (no BOM): exact decimals in 万元 as published. */
function csv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

const money = (v: { toFixed: (n: number) => string }) => v.toFixed(2);

export interface PackageFiles {
  'datapackage.json': string;
  'expenditure-by-function.csv': string;
  'basic-expenditure-by-economic-classification.csv': string;
  'projects.csv': string;
}

/**
 * A Fiscal Data Package (https://specs.frictionlessdata.io/fiscal-data-package/) of the dataset: expenditure by
 * function, basic expenditure by economic classification, and projects. Amounts in 万元 (factor 10000 to CNY).
 */
export function fiscalDataPackage(d: Dataset): PackageFiles {
  const fnRows = d.tables.expenditure.rows.filter((r) => r.id !== 'total');
  const functions = csv([
    ['function_code', 'level', 'class_code', 'name', 'total', 'basic', 'project', 'source_line'],
    ...fnRows.map((r) => [
      r.id,
      functionLevel(r.id),
      r.id.slice(0, 3),
      r.text.name ?? '',
      money(cell(r, 'total')),
      money(cell(r, 'basic')),
      money(cell(r, 'project')),
      String(r.line),
    ]),
  ]);
  const eco = d.tables.gpbBasic.rows.filter((r) => r.id !== 'total' && r.text.deptKuan);
  const economic = csv([
    [
      'department_economic_code',
      'department_economic_name',
      'government_economic_code',
      'government_economic_name',
      'total',
      'personnel',
      'public',
      'source_line',
    ],
    ...eco.map((r) => [
      `${r.text.deptClass}${r.text.deptKuan}`,
      r.text.deptName ?? '',
      `${r.text.govClass}${r.text.govKuan ?? ''}`,
      r.text.govName ?? '',
      money(cell(r, 'total')),
      money(cell(r, 'personnel')),
      money(cell(r, 'public')),
      String(r.line),
    ]),
  ]);
  const projects = csv([
    [
      'project_id',
      'name',
      'type',
      'total',
      'general_public_budget',
      'unit_funds',
      'function_code',
      'source_line',
    ],
    ...d.projects.map((p) => [
      p.id,
      p.name,
      p.type,
      money(p.total),
      p.funding.gpb ? money(p.funding.gpb) : '0.00',
      p.funding.unitFunds ? money(p.funding.unitFunds) : '0.00',
      d.attributions.find((a) => a.projectId === p.id)?.functionCode ?? '',
      String(p.line),
    ]),
  ]);
  const amount = (name: string) => ({ name, type: 'number', decimalChar: '.', groupChar: '' });
  const descriptor = {
    profile: 'fiscal-data-package',
    name: d.id,
    title: `${d.source.title}`,
    description: `${d.department.name} ${d.year}年部门预算:按功能分类的支出、基本支出经济分类与项目支出。金额单位:万元(与原文一致,1万元=10000元)。由 ${d.id}.json 生成。`,
    countryCode: 'CN',
    fiscalPeriod: { start: `${d.year}-01-01`, end: `${d.year}-12-31` },
    sources: [{ title: d.source.title }],
    resources: [
      {
        name: 'expenditure-by-function',
        path: 'expenditure-by-function.csv',
        format: 'csv',
        encoding: 'utf-8',
        schema: {
          fields: [
            { name: 'function_code', type: 'string', description: '政府收支分类科目 类(3)+款(2)+项(2)' },
            { name: 'level', type: 'string', description: '类 / 款 / 项' },
            { name: 'class_code', type: 'string' },
            { name: 'name', type: 'string' },
            amount('total'),
            amount('basic'),
            amount('project'),
            { name: 'source_line', type: 'integer', description: 'line of the extracted source text' },
          ],
          primaryKey: ['function_code'],
        },
      },
      {
        name: 'basic-expenditure-by-economic-classification',
        path: 'basic-expenditure-by-economic-classification.csv',
        format: 'csv',
        encoding: 'utf-8',
        schema: {
          fields: [
            { name: 'department_economic_code', type: 'string' },
            { name: 'department_economic_name', type: 'string' },
            { name: 'government_economic_code', type: 'string' },
            { name: 'government_economic_name', type: 'string' },
            amount('total'),
            amount('personnel'),
            amount('public'),
            { name: 'source_line', type: 'integer' },
          ],
        },
      },
      {
        name: 'projects',
        path: 'projects.csv',
        format: 'csv',
        encoding: 'utf-8',
        schema: {
          fields: [
            { name: 'project_id', type: 'string' },
            { name: 'name', type: 'string' },
            { name: 'type', type: 'string' },
            amount('total'),
            amount('general_public_budget'),
            amount('unit_funds'),
            {
              name: 'function_code',
              type: 'string',
              description: 'only where the document establishes it; empty otherwise',
            },
            { name: 'source_line', type: 'integer' },
          ],
          primaryKey: ['project_id'],
        },
      },
    ],
    model: {
      measures: {
        total: {
          source: 'total',
          currency: 'CNY',
          factor: 10000,
          direction: 'expenditure',
          phase: 'proposed',
          resource: 'expenditure-by-function',
        },
        basic: {
          source: 'basic',
          currency: 'CNY',
          factor: 10000,
          direction: 'expenditure',
          phase: 'proposed',
          resource: 'expenditure-by-function',
        },
        project: {
          source: 'project',
          currency: 'CNY',
          factor: 10000,
          direction: 'expenditure',
          phase: 'proposed',
          resource: 'expenditure-by-function',
        },
      },
      dimensions: {
        functional_classification: {
          dimensionType: 'classification',
          classificationType: 'functional',
          primaryKey: ['function_code'],
          attributes: {
            function_code: { source: 'function_code' },
            name: { source: 'name', labelfor: 'function_code' },
            level: { source: 'level' },
          },
        },
      },
    },
  };
  return {
    'datapackage.json': `${JSON.stringify(descriptor, null, 2)}\n`,
    'expenditure-by-function.csv': functions,
    'basic-expenditure-by-economic-classification.csv': economic,
    'projects.csv': projects,
  };
}
