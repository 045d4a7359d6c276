import { Amount } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
import { fact } from '../../domain/facts';
import type { Dataset } from '../../domain/model';
import { cell } from '../../domain/table';

const FACT_ROWS = [
  ['procurement.goods', '政府采购货物预算'],
  ['procurement.works', '政府采购工程预算'],
  ['procurement.services', '政府采购服务预算'],
] as const;

export function ProcurementView({ dataset }: { dataset: Dataset }) {
  const t = dataset.tables.procurement;
  const f = (id: string) => fact(dataset, id);
  const vehicles = f('assets.vehicles');
  const admin = f('adminCost');
  return (
    <article className="view">
      <h1>政府采购、机关运行经费与国有资产</h1>
      <section aria-labelledby="pr-h">
        <h2 id="pr-h">政府采购预算</h2>
        <div className="table-scroll">
          <table className="data-table compact">
            <caption className="sr-only">政府采购预算:按功能科目(万元)</caption>
            <thead>
              <tr>
                <th scope="col">科目</th>
                <th scope="col" className="num">
                  合计
                </th>
                <th scope="col" className="num">
                  一般公共预算
                </th>
                <th scope="col">原文行</th>
              </tr>
            </thead>
            <tbody>
              {t.rows.map((r) => (
                <tr key={r.id} className={r.id === 'total' ? 'row-total' : undefined}>
                  <th scope="row">
                    {r.id === 'total' ? (
                      '合计'
                    ) : (
                      <a href={`#/functions/${r.id}`}>{`${r.id} ${r.text.name ?? ''}`}</a>
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
        <h3>按采购品目(说明 四)</h3>
        <dl className="facts">
          {FACT_ROWS.map(([id, label]) => {
            const x = f(id);
            return x ? (
              <div key={id} className="fact-row">
                <dt>{label}</dt>
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
          <h2 id="ad-h">机关运行经费</h2>
          <p>
            <Amount value={admin.value} withUnit />。{f('adminCost.change')?.quote}
            {f('adminCost.change')?.reason && <>主要原因:{f('adminCost.change')?.reason}</>}{' '}
            <SourceLink line={admin.line} />
          </p>
        </section>
      )}
      <section aria-labelledby="as-h">
        <h2 id="as-h">国有资产占有使用情况</h2>
        <ul className="plain-list">
          {vehicles && (
            <li>
              {vehicles.quote} <SourceLink line={vehicles.line} />
            </li>
          )}
          {['assets.generalEquipment50', 'assets.specialEquipment100'].map((id) => {
            const x = f(id);
            return x ? (
              <li key={id}>
                {x.quote} <SourceLink line={x.line} />
              </li>
            ) : null;
          })}
        </ul>
      </section>
    </article>
  );
}
