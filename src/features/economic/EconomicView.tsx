import '../../lib/i18n/late-strings';
import { type ShellColumn, StaticTable } from '../../components/data-table/StaticTable';
import { tableName } from '../../components/table-name';
import { Amount, useUnitLabel } from '../../components/Amount';
import { SourceLink, sourceText } from '../../components/SourceLink';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import { DEPARTMENT_ECONOMIC_CLASSES } from '../../domain/classification';
import { share, sum } from '../../domain/money';
import type { Dataset, TableRow } from '../../domain/model';
import { cell, findRow } from '../../domain/table';
import { formatPercent } from '../../lib/format/number';
import { href } from '../../lib/route/href';

/** Basic spending by 部门经济分类 (类 → 款), each line with the 政府经济分类 it maps to, as published in table 六. */
export function EconomicView({
  dataset,
  highlightClass,
}: {
  dataset: Dataset;
  highlightClass: string | null;
}) {
  const unit = useUnitLabel();
  const t = useT();
  const table = dataset.tables.gpbBasic;
  const total = findRow(table, 'total');
  const rows = table.rows.filter((r) => r.id !== 'total');
  const classes = [...new Set(rows.map((r) => r.text.deptClass ?? ''))];
  // A 决算's two panels print no 基本支出 合计, only 人员经费合计 and 公用经费合计: the whole is their sum, said so.
  const added = total?.money.total === undefined || total.money.total === null;
  const whole = added ? sum([cell(total, 'personnel'), cell(total, 'public')]) : cell(total, 'total');
  // Imported tables print only the 部门经济分类; the 政府经济分类 column is the hand-checked dataset's.
  const hasGov = rows.some((r) => r.text.govClass);
  // A blank cell stays blank: not published is not zero.
  const money = (key: 'total' | 'personnel' | 'public', header: string): ShellColumn<TableRow> => ({
    id: key,
    header,
    numeric: true,
    cell: (r) => (r.money[key] ? <Amount value={cell(r, key)} /> : '—'),
    csv: (r) => (r.money[key] ? cell(r, key) : null),
  });
  const columns: Array<ShellColumn<TableRow> | false> = [
    {
      id: 'dept',
      header: t('economic.dept'),
      rowHeader: true,
      style: (r) => ({ paddingLeft: r.text.deptKuan ? '1.6rem' : undefined }),
      cell: (r) => (
        <>
          <span className="code">
            {r.text.deptClass}
            {r.text.deptKuan ?? ''}
          </span>{' '}
          <Zh>{r.text.deptName}</Zh>
        </>
      ),
      csv: (r) => `${r.text.deptClass ?? ''}${r.text.deptKuan ?? ''} ${r.text.deptName ?? ''}`,
    },
    hasGov && {
      id: 'gov',
      header: t('economic.gov'),
      cell: (r) => (
        <>
          <span className="code">
            {r.text.govClass}
            {r.text.govKuan ?? ''}
          </span>{' '}
          <Zh>{r.text.govName}</Zh>
        </>
      ),
      csv: (r) => `${r.text.govClass ?? ''}${r.text.govKuan ?? ''} ${r.text.govName ?? ''}`,
    },
    money('total', t('economic.subtotal', { unit })),
    money('personnel', t('spending.personnel')),
    money('public', t('spending.public')),
    {
      id: 'source',
      header: t(dataset.provenance === 'pdf' ? 'common.source' : 'common.line'),
      cell: (r) => <SourceLink at={r} column="total" table="gpbBasic" />,
      csv: (r) => sourceText(t, r),
    },
  ];
  return (
    <article className="view">
      <h1>{t('economic.title')}</h1>
      <p className="lead">
        <Trans
          k={hasGov ? 'economic.lead' : 'economic.leadPrinted'}
          values={{
            whole: <Amount value={whole} withUnit />,
            personnel: <Amount value={cell(total, 'personnel')} />,
            public: <Amount value={cell(total, 'public')} />,
          }}
        />
        {added && <> {t('economic.addedWhole')}</>}
        <SourceLink
          at={total}
          column="total"
          table="gpbBasic"
          label={tableName(dataset, 'gpbBasic')}
          labelIsPrinted
        />
      </p>
      <div className="kpis">
        {classes.map((c) => {
          const v = sum(
            rows.filter((r) => r.text.deptClass === c && !r.text.deptKuan).map((r) => cell(r, 'total')),
          );
          return (
            <a
              key={c}
              className={`kpi kpi-link-card${highlightClass === c ? ' row-selected' : ''}`}
              href={href.economic({ class: c })}
            >
              <span className="kpi-label">
                {c} <Zh>{DEPARTMENT_ECONOMIC_CLASSES[c]}</Zh>
              </span>
              <span className="kpi-value">
                <Amount value={v} withUnit />
              </span>
              <span className="kpi-detail">
                {t('economic.shareOfBasic', { share: formatPercent(share(v, whole)) })}
              </span>
            </a>
          );
        })}
      </div>
      <StaticTable
        caption={t('economic.caption', { unit })}
        className="data-table compact"
        columns={columns.filter((c) => c !== false)}
        rows={rows}
        rowKey={(r) => r.id}
        rowProps={(r) => {
          const group = !r.text.deptKuan;
          return {
            className: `${group ? 'row-group' : ''} ${highlightClass === r.text.deptClass ? 'row-selected' : ''}`,
            'data-link-target': group && highlightClass === r.text.deptClass ? '' : undefined,
          };
        }}
        exportName="economic-classification"
      />
    </article>
  );
}
