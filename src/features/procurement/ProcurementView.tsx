import { ExportableTable } from '../../components/export/ExportableTable';
import { Amount, useUnitLabel } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { FunctionName, Zh } from '../../components/Zh';
import { fact } from '../../domain/facts';
import type { Dataset } from '../../domain/model';
import { cell } from '../../domain/table';
import type { StringKey } from '../../lib/i18n/strings';

const FACT_ROWS: ReadonlyArray<readonly [string, StringKey]> = [
  ['procurement.goods', 'procurement.goods'],
  ['procurement.works', 'procurement.works'],
  ['procurement.services', 'procurement.services'],
];

export function ProcurementView({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const unit = useUnitLabel();
  const table = dataset.tables.procurement;
  const f = (id: string) => fact(dataset, id);
  const vehicles = f('assets.vehicles');
  const admin = f('adminCost');
  const adminChange = f('adminCost.change');
  return (
    <article className="view">
      <h1>{t('procurement.title')}</h1>
      <section aria-labelledby="pr-h">
        <h2 id="pr-h">{t('overview.kpi.procurement')}</h2>
        <ExportableTable name="procurement">
          <div className="table-scroll" tabIndex={0}>
            <table className="data-table compact">
              <caption className="sr-only">{t('procurement.caption', { unit })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('procurement.item')}</th>
                  <th scope="col" className="num">
                    {t('procurement.total')}
                  </th>
                  <th scope="col" className="num">
                    {t('procurement.gpb')}
                  </th>
                  <th scope="col">{t('common.line')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr key={r.id} className={r.id === 'total' ? 'row-total' : undefined}>
                    <th scope="row">
                      {r.id === 'total' ? (
                        t('procurement.total')
                      ) : (
                        <a href={`#/functions/${r.id}`}>
                          <FunctionName code={r.id} name={r.text.name ?? ''} />
                        </a>
                      )}
                    </th>
                    <td className="num">
                      <Amount value={cell(r, 'total')} />
                    </td>
                    <td className="num">
                      <Amount value={cell(r, 'gpb')} />
                    </td>
                    <td>
                      <a href={`#/data?line=${r.line}`}>{r.line}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ExportableTable>
        <h3>{t('procurement.byCategory')}</h3>
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
    </article>
  );
}
