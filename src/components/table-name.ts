import type { Dataset, TableId } from '../domain/model';

/**
 * A table's name as this document prints it (“2025年部门支出预算总表”, “公开05表 …”), for source links: the
 * reader looks for that title in the PDF, not for our name of the table. Empty for a table it does not print.
 */
export function tableName(dataset: Dataset, id: TableId): string {
  const table = dataset.tables[id];
  return table.published ? table.title : '';
}
