import '../../lib/i18n/late-strings';
import { type ShellColumn, StaticTable } from '../../components/data-table/StaticTable';
import { Amount, useUnitLabel } from '../../components/Amount';
import { PublishedTable } from '../../components/PublishedTable';
import { SourceLink } from '../../components/SourceLink';
import { Trans } from '../../components/Trans';
import { type T, useLang, useT } from '../../components/use-t';
import { FunctionName, Zh, functionNameText } from '../../components/Zh';
import { fact } from '../../domain/facts';
import type { Dataset, TableRow } from '../../domain/model';
import type { Lang } from '../../lib/i18n/translate';
import { cell } from '../../domain/table';
import type { StringKey } from '../../lib/i18n/strings';
import { href } from '../../lib/route/href';

const FACT_ROWS: ReadonlyArray<readonly [string, StringKey]> = [
  ['procurement.goods', 'procurement.goods'],
  ['procurement.works', 'procurement.works'],
  ['procurement.services', 'procurement.services'],
];

/** Shandong's 政府采购 table: rows by 科目 with 合计 and 一般公共预算, each with its source line. */
function procurementColumns(t: T, lang: Lang): Array<ShellColumn<TableRow>> {
  return [
    {
      id: 'item',
      header: t('procurement.item'),
      rowHeader: true,
      cell: (r) =>
        r.id === 'total' ? (
          t('procurement.total')
        ) : (
          <a href={href.functions(r.id)}>
            <FunctionName code={r.id} name={r.text.name ?? ''} />
          </a>
        ),
      csv: (r) =>
        r.id === 'total' ? t('procurement.total') : functionNameText(r.id, r.text.name ?? '', lang),
    },
    {
      id: 'total',
      header: t('procurement.total'),
      numeric: true,
      cell: (r) => <Amount value={cell(r, 'total')} />,
      csv: (r) => cell(r, 'total'),
    },
    {
      id: 'gpb',
      header: t('procurement.gpb'),
      numeric: true,
      cell: (r) => <Amount value={cell(r, 'gpb')} />,
      csv: (r) => cell(r, 'gpb'),
    },
    {
      id: 'line',
      header: t('common.line'),
      cell: (r) => <a href={href.data({ line: r.line })}>{r.line}</a>,
      csv: (r) => r.line,
    },
  ];
}

export function ProcurementView({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const unit = useUnitLabel();
  const table = dataset.tables.procurement;
  const f = (id: string) => fact(dataset, id);
  const vehicles = f('assets.vehicles');
  const admin = f('adminCost');
  const adminChange = f('adminCost.change');
  // The view's own table is Shandong's (rows by 科目, 合计 and 一般公共预算); any other layout is shown as printed.
  const byFunction = table.columns.some((c) => c.key === 'gpb');
  const categories = FACT_ROWS.filter(([id]) => f(id));
  const assets = [vehicles, f('assets.generalEquipment50'), f('assets.specialEquipment100')].filter(Boolean);
  return (
    <article className="view">
      <h1>{t('procurement.title')}</h1>
      <section aria-labelledby="pr-h">
        <h2 id="pr-h">{t('overview.kpi.procurement')}</h2>
        {!table.published && <p role="note">{t('notPublished.lead', { what: t('procurement.notTable') })}</p>}
        {table.published && !byFunction && <PublishedTable table={table} name="procurement" />}
        {byFunction && (
          <StaticTable
            caption={t('procurement.caption', { unit })}
            className="data-table compact"
            columns={procurementColumns(t, lang)}
            rows={table.rows}
            rowKey={(r) => r.id}
            rowProps={(r) => ({ className: r.id === 'total' ? 'row-total' : undefined })}
            exportName="procurement"
          />
        )}
        {categories.length > 0 && <h3>{t('procurement.byCategory')}</h3>}
        <dl className="facts">
          {FACT_ROWS.map(([id, label]) => {
            const x = f(id);
            return x ? (
              <div key={id} className="fact-row">
                <dt>{t(label)}</dt>
                <dd>
                  <Amount value={x.value} withUnit /> <SourceLink line={x.line} />
                </dd>
              </div>
            ) : null;
          })}
        </dl>
      </section>
      {admin && (
        <section aria-labelledby="ad-h">
          <h2 id="ad-h">{t('overview.kpi.adminCost')}</h2>
          <p>
            <Amount value={admin.value} withUnit />
            {t('procurement.stop')}
            <Zh>{adminChange?.quote}</Zh>
            {adminChange?.reason && (
              <Trans k="procurement.reason" values={{ reason: <Zh>{adminChange.reason}</Zh> }} />
            )}{' '}
            <SourceLink line={admin.line} />
          </p>
        </section>
      )}
      {assets.length > 0 && (
        <section aria-labelledby="as-h">
          <h2 id="as-h">{t('procurement.assets')}</h2>
          <ul className="plain-list">
            {vehicles && (
              <li>
                <Zh>{vehicles.quote}</Zh> <SourceLink line={vehicles.line} />
              </li>
            )}
            {['assets.generalEquipment50', 'assets.specialEquipment100'].map((id) => {
              const x = f(id);
              return x ? (
                <li key={id}>
                  <Zh>{x.quote}</Zh> <SourceLink line={x.line} />
                </li>
              ) : null;
            })}
          </ul>
        </section>
      )}
    </article>
  );
}
