import { functionLevel } from '../../domain/classification';
import type { BudgetTable, Dataset, TableRow } from '../../domain/model';
import type { Money } from '../../domain/money';
import { cell } from '../../domain/table';
import { quoteField } from './csv';

/** Plain CSV for open-data tools (no BOM). */
function csv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

/**
 * An amount in the unit its table prints (the domain holds 万元): exact, two decimals as published, more only where
 * the value has them (a 元 table converted to 万元 and back never rounds).
 */
function printed(v: Money, unit: BudgetTable['printedUnit']): string {
  const x = unit === '元' ? v.times(10000) : v;
  return x.decimalPlaces() <= 2 ? x.toFixed(2) : x.toFixed();
}

/** Where the row is printed: a line of the extracted text, or a PDF page (imported datasets). */
function sourceLine(r: TableRow): string {
  return r.line ? String(r.line) : '';
}
function sourcePage(r: TableRow): string {
  return r.source ? String(r.source.page) : '';
}

const FACTOR = { 万元: 10000, 元: 1 } as const;

export interface PackageFiles {
  'datapackage.json': string;
  'expenditure-by-function.csv': string;
  'basic-expenditure-by-economic-classification.csv': string;
  'projects.csv': string;
}

/**
 * A Fiscal Data Package (https://specs.frictionlessdata.io/fiscal-data-package/) of the dataset: expenditure by
 * function, basic expenditure by economic classification, and projects. Amounts in the unit each table prints
 * (万元: factor 10000 to CNY; 元: factor 1), stated in the descriptor.
 */
export function fiscalDataPackage(d: Dataset): PackageFiles {
  const fnUnit = d.tables.expenditure.printedUnit;
  const ecoUnit = d.tables.gpbBasic.printedUnit;
  const projectUnit = d.tables.projects.printedUnit;
  const fnRows = d.tables.expenditure.rows.filter((r) => r.id !== 'total');
  const functions = csv([
    [
      'function_code',
      'level',
      'class_code',
      'name',
      'total',
      'basic',
      'project',
      'source_line',
      'source_page',
    ],
    ...fnRows.map((r) => [
      r.id,
      functionLevel(r.id),
      r.id.slice(0, 3),
      r.text.name ?? '',
      printed(cell(r, 'total'), fnUnit),
      printed(cell(r, 'basic'), fnUnit),
      printed(cell(r, 'project'), fnUnit),
      sourceLine(r),
      sourcePage(r),
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
      'source_page',
    ],
    ...eco.map((r) => [
      `${r.text.deptClass}${r.text.deptKuan}`,
      r.text.deptName ?? '',
      r.text.govClass ? `${r.text.govClass}${r.text.govKuan ?? ''}` : '',
      r.text.govName ?? '',
      printed(cell(r, 'total'), ecoUnit),
      printed(cell(r, 'personnel'), ecoUnit),
      printed(cell(r, 'public'), ecoUnit),
      sourceLine(r),
      sourcePage(r),
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
      printed(p.total, projectUnit),
      p.funding.gpb ? printed(p.funding.gpb, projectUnit) : '0.00',
      p.funding.unitFunds ? printed(p.funding.unitFunds, projectUnit) : '0.00',
      d.attributions.find((a) => a.projectId === p.id)?.functionCode ?? '',
      String(p.line),
    ]),
  ]);
  const amount = (name: string, unit: BudgetTable['printedUnit']) => ({
    name,
    type: 'number',
    decimalChar: '.',
    groupChar: '',
    description: `${unit} (×${FACTOR[unit]} = CNY)`,
  });
  const kind = d.kind === 'final' ? '决算' : '预算';
  const descriptor = {
    profile: 'fiscal-data-package',
    name: d.id,
    title: `${d.source.title}`,
    description: `${d.department.name} ${d.year}年${d.scope}${kind}:按功能分类的支出、基本支出经济分类与项目支出。金额单位与各表原文一致(功能分类:${fnUnit};经济分类:${ecoUnit};项目:${projectUnit})。由 ${d.id}.json 生成。`,
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
            amount('total', fnUnit),
            amount('basic', fnUnit),
            amount('project', fnUnit),
            { name: 'source_line', type: 'integer', description: 'line of the extracted source text' },
            { name: 'source_page', type: 'integer', description: 'page of the PDF (imported datasets)' },
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
            amount('total', ecoUnit),
            amount('personnel', ecoUnit),
            amount('public', ecoUnit),
            { name: 'source_line', type: 'integer', description: 'line of the extracted source text' },
            { name: 'source_page', type: 'integer', description: 'page of the PDF (imported datasets)' },
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
            amount('total', projectUnit),
            amount('general_public_budget', projectUnit),
            amount('unit_funds', projectUnit),
            {
              name: 'function_code',
              type: 'string',
              description: 'only where the document establishes it; empty otherwise',
            },
            { name: 'source_line', type: 'integer', description: 'line of the extracted source text' },
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
          factor: FACTOR[fnUnit],
          direction: 'expenditure',
          phase: d.kind === 'final' ? 'executed' : 'proposed',
          resource: 'expenditure-by-function',
        },
        basic: {
          source: 'basic',
          currency: 'CNY',
          factor: FACTOR[fnUnit],
          direction: 'expenditure',
          phase: d.kind === 'final' ? 'executed' : 'proposed',
          resource: 'expenditure-by-function',
        },
        project: {
          source: 'project',
          currency: 'CNY',
          factor: FACTOR[fnUnit],
          direction: 'expenditure',
          phase: d.kind === 'final' ? 'executed' : 'proposed',
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
