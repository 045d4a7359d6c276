import type { ReactNode } from 'react';
import { Amount } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
import { tableName } from '../../components/table-name';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Dataset } from '../../domain/model';
import type { OverviewFigures } from '../../domain/overview';
import { formatPercent } from '../../lib/format/number';
import { href } from '../../lib/route/href';

/**
 * What leadership and the public ask first, in one sentence, and the largest projects by name: above the KPIs.
 * Each share is derived (amount ÷ total expenditure); "怎么算的" says so and how.
 */
export function OverviewSummary({
  dataset,
  figures: f,
  children,
}: {
  dataset: Dataset;
  figures: OverviewFigures;
  /** Beside the list: what the figures are taken from. */
  children: ReactNode;
}) {
  const t = useT();
  const top = f.largest[0];
  const name = (p: { id: string; name: string; namesake: boolean }) => (
    <>
      <Zh>{p.name}</Zh>
      {p.namesake && <span className="muted small">{t('common.sameName', { id: p.id })}</span>}
    </>
  );
  return (
    <>
      <p className="lead summary">
        {top ? (
          <Trans
            k="overview.summary"
            values={{
              share: formatPercent(f.project.share ?? null),
              name: name(top),
              amount: <Amount value={top.total} withUnit />,
              largestShare: formatPercent(top.share),
            }}
          />
        ) : (
          t('overview.summaryNoProjects', {
            basic: formatPercent(f.basic.share ?? null),
            project: formatPercent(f.project.share ?? null),
          })
        )}
      </p>
      <div className="overview-head">
        {top && (
          <section className="panel largest" aria-labelledby="largest-h">
            <h2 id="largest-h">{t('overview.largest', { count: f.largest.length })}</h2>
            <ol>
              {f.largest.map((p) => (
                <li key={p.id}>
                  <a href={href.project(p.id)}>{name(p)}</a>
                  <Amount value={p.total} withUnit />
                  <span className="muted" title={t('overview.largestShare')}>
                    {formatPercent(p.share)}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        )}
        <div>
          {children}
          <details className="method">
            <summary>{t('overview.method')}</summary>
            <p>
              <Trans
                k="overview.methodShare"
                values={{
                  total: <Amount value={f.expenditure.value} withUnit />,
                  source: (
                    <SourceLink
                      at={f.expenditure.source}
                      label={tableName(dataset, 'expenditure')}
                      labelIsPrinted
                    />
                  ),
                }}
              />
            </p>
            <p>{t('overview.methodChange')}</p>
            {top && (
              <p>
                {t('overview.methodLargest')}{' '}
                <SourceLink line={top.line} label={tableName(dataset, 'projects')} labelIsPrinted />
              </p>
            )}
          </details>
        </div>
      </div>
    </>
  );
}
