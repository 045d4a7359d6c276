import '../../lib/i18n/late-strings';
import './compare.css';
import { Amount } from '../../components/Amount';
import { ExportableTable } from '../../components/export/ExportableTable';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Catalog } from '../../data/schema-catalog';
import type { Money } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { formatPercent } from '../../lib/format/number';
import { type CompareSort, compareRows } from './compare-rows';

const Figure = ({ value }: { value: Money | null | undefined }) =>
  value ? <Amount value={value} /> : <span className="muted">—</span>;

/** 同地区比较: the departments of the region and year on screen, side by side, from the catalog's summaries. */
export function CompareView({
  dataset,
  catalog,
  sort,
  onQuery,
}: {
  dataset: Dataset;
  catalog: Catalog;
  sort: CompareSort;
  onQuery: (patch: Record<string, string | null>) => void;
}) {
  const t = useT();
  const entry = catalog.datasets.find((e) => e.id === dataset.id);
  const region = entry?.region ?? '';
  const { rows, classes } = compareRows(catalog, { region, year: dataset.year, kind: dataset.kind }, sort);
  const kind = t(dataset.kind === 'final' ? 'import.kind.final' : 'import.kind.budget');
  return (
    <article className="view compare-view">
      <h1>
        <Zh>{t('compare.title', { region: region || t('catalog.noRegion'), year: dataset.year, kind })}</Zh>
      </h1>
      <p className="lead">{t('compare.lead')}</p>
      <label>
        {t('catalog.sort')}{' '}
        <select
          value={sort}
          onChange={(e) =>
            onQuery({ sort: e.currentTarget.value === 'total' ? null : e.currentTarget.value })
          }
        >
          <option value="total">{t('compare.sort.total')}</option>
          <option value="basicShare">{t('compare.sort.basicShare')}</option>
          <option value="sangong">{t('compare.sort.sangong')}</option>
          <option value="operatingCosts">{t('compare.sort.operatingCosts')}</option>
          <option value="name">{t('catalog.sort.name')}</option>
        </select>
      </label>
      <ExportableTable name={`compare-${dataset.year}`}>
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table compact compare-table">
            <caption>{t('compare.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.department')}</th>
                <th scope="col" className="num">
                  {t('catalog.col.total')}
                </th>
                <th scope="col" className="num">
                  {t('compare.basicShare')}
                </th>
                <th scope="col" className="num">
                  {t('years.sangong')}
                </th>
                <th scope="col" className="num">
                  {t('years.operatingCosts')}
                </th>
                {classes.map((c) => (
                  <th key={c.code} scope="col" className="num">
                    <span className="code">{c.code}</span> <Zh>{c.name}</Zh>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.entry.id} className={r.entry.id === dataset.id ? 'current' : undefined}>
                  <th scope="row">
                    <a href={`?ds=${encodeURIComponent(r.entry.id)}#/`}>
                      <Zh>{r.entry.department.name}</Zh>
                    </a>
                    {r.entry.scope === '单位' && (
                      <span className="muted small">{t('compare.unitScope')}</span>
                    )}
                  </th>
                  <td className="num">
                    <Figure value={r.total} />
                  </td>
                  <td className="num">{r.basicShare ? formatPercent(r.basicShare) : '—'}</td>
                  <td className="num">
                    <Figure value={r.sangong} />
                  </td>
                  <td className="num">
                    <Figure value={r.operatingCosts} />
                  </td>
                  {classes.map((c) => (
                    <td key={c.code} className="num">
                      <Figure value={r.functions[c.code]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ExportableTable>
      {rows.some((r) => r.entry.scope === '单位') && <p className="muted small">{t('compare.unitNote')}</p>}
    </article>
  );
}
