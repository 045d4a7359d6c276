// Test support: the shipped dataset with bidi controls and right-to-left letters in project names (issue 16), for
// the unit test of the validator and the e2e test of what a reader sees.
import { readFileSync } from 'node:fs';
import { SHIPPED } from './broken-cases';

export const RLO = '\u202e';
/** p08 (10.00, listed with its amount under 2299999) and p01 (2.48, a small sunburst item listed with its amount). */
export const RLO_NAMES = { p08: `预算单位${RLO}财政代管资金`, p01: `律师${RLO}咨询服务` };
/** A name ending in Hebrew: without isolation the amount after it is drawn before the Hebrew word. */
export const RTL_NAME = '预算单位财政代管资金 שלום';

/** The department's name, shown in the header and the document title of every view. */
export const RLO_DEPARTMENT = `潍坊市${RLO}大数据局`;

export function bidiDatasetText(names: Readonly<Record<string, string>>, department?: string): string {
  const data = JSON.parse(readFileSync(SHIPPED, 'utf8'));
  if (department) data.department.name = department;
  for (const row of data.tables.projects.rows) if (row.id in names) row.cells.name = names[row.id];
  return JSON.stringify(data);
}
