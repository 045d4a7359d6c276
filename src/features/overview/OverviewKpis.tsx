import { Fragment } from 'react';
import { tableName } from '../../components/table-name';
import { Amount } from '../../components/Amount';
import { Kpi } from '../../components/Kpi';
import { Term } from '../../components/Term';
import { SourceLink, sourceHref } from '../../components/SourceLink';
import { findRow } from '../../domain/table';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { DerivedPrior } from '../../domain/facts';
import type { Dataset } from '../../domain/model';
import type { OverviewFigures } from '../../domain/overview';
import type { StringKey } from '../../lib/i18n/strings';
import { formatPercent } from '../../lib/format/number';
import { href } from '../../lib/route/href';

/** Income sources by their column key in the 收入总表; an unknown column keeps its published label. */
const INCOME: Readonly<Record<string, StringKey>> = {
  gpb: 'overview.income.gpb',
  govFund: 'overview.income.govFund',
  stateCapital: 'overview.income.stateCapital',
  specialAccount: 'overview.income.specialAccount',
  business: 'overview.income.business',
  operating: 'overview.income.operating',
  other: 'overview.income.other',
};

function Change({ change, year }: { change: DerivedPrior | null; year: number }) {
  if (!change) return null;
  return (
    <>
      <Trans k="overview.change" values={{ change: <Amount value={change.change} signed withUnit /> }} />
      {change.pctFact ? (
        <Trans k="overview.changePct" values={{ pct: formatPercent(change.pctFact.value, 2, true) }} />
      ) : (
        <span className="derived">
          <Trans k="overview.changePctDerived" values={{ pct: formatPercent(change.pctDerived, 2, true) }} />
        </span>
      )}
      <span className="derived">
        <Trans
          k="overview.prior"
          values={{ year: year - 1, prior: <Amount value={change.prior} withUnit /> }}
        />
      </span>
    </>
  );
}

/** A stated change below a KPI's other detail, on its own line. */
function Stated({ change, year }: { change: DerivedPrior | null; year: number }) {
  if (!change) return null;
  return (
    <span className="kpi-change">
      <Change change={change} year={year} />
    </span>
  );
}

export function OverviewKpis({ dataset, figures: f }: { dataset: Dataset; figures: OverviewFigures }) {
  const t = useT();
  const y = dataset.year;
  const types = f.projectsByType.map((p, i) => (
    <Fragment key={p.type}>
      {i > 0 && t('common.comma')}
      <Zh>{p.type}</Zh> {t('overview.typeCount', { count: p.count })}
    </Fragment>
  ));
  return (
    <div className="kpis">
      <Kpi
        label={t(dataset.kind === 'final' ? 'overview.kpi.totalFinal' : 'overview.kpi.total')}
        value={<Amount value={f.expenditure.value} withUnit />}
        detail={<Change change={f.totalChange} year={y} />}
        source={
          <SourceLink at={f.expenditure.source} label={tableName(dataset, 'expenditure')} labelIsPrinted />
        }
        href={href.functions()}
        linkLabel={t('overview.link.byFunction')}
      />
      <Kpi
        label={t(dataset.kind === 'final' ? 'overview.kpi.incomeFinal' : 'overview.kpi.income')}
        value={<Amount value={f.income.value} withUnit />}
        detail={
          <>
            {f.incomeParts.map((p, i) => {
              const key = INCOME[p.key];
              return (
                <span key={p.key}>
                  {i > 0 && t('common.comma')}
                  <Term name={p.term}>{key ? t(key) : <Zh>{p.label}</Zh>}</Term> <Amount value={p.value} />
                </span>
              );
            })}
            <Stated change={f.incomeChange} year={y} />
          </>
        }
        source={<SourceLink at={f.income.source} label={tableName(dataset, 'summary')} labelIsPrinted />}
        href={sourceHref(findRow(dataset.tables.income, 'total'), 'total', 'income') ?? href.data()}
        linkLabel={t('overview.link.income')}
      />
      <Kpi
        label={t('overview.kpi.basic')}
        term="基本支出"
        value={<Amount value={f.basic.value} withUnit />}
        detail={
          <>
            {t('overview.basicDetail', { share: formatPercent(f.basic.share ?? null) })}
            <Stated change={f.basicChange} year={y} />
          </>
        }
        source={<SourceLink at={f.basic.source} label={tableName(dataset, 'expenditure')} labelIsPrinted />}
        href={href.economic()}
        linkLabel={t('nav.economic')}
      />
      <Kpi
        label={t('overview.kpi.project')}
        term="项目支出"
        value={<Amount value={f.project.value} withUnit />}
        detail={
          <>
            {/* A document without a 项目支出 table (Shanghai, Jiangsu) gives no project count: none is shown. */}
            {dataset.tables.projects.published ? (
              <Trans
                k="overview.projectDetail"
                values={{ share: formatPercent(f.project.share ?? null), count: f.projectCount, types }}
              />
            ) : (
              t('overview.shareDetail', { share: formatPercent(f.project.share ?? null) })
            )}
            <Stated change={f.projectChange} year={y} />
          </>
        }
        source={<SourceLink at={f.project.source} label={tableName(dataset, 'expenditure')} labelIsPrinted />}
        href={href.projects()}
        linkLabel={t('overview.link.allProjects')}
      />
      <Kpi
        label={t('overview.kpi.sangong')}
        term={'"三公"经费'}
        value={<Amount value={f.sangong.value} withUnit />}
        detail={<Change change={f.sangongChange} year={y} />}
        source={<SourceLink at={f.sangong.source} label={tableName(dataset, 'sangong')} labelIsPrinted />}
        href={href.view('sangong')}
        linkLabel={t('nav.sangong')}
      />
      {/* Only a figure the document prints: no 政府采购 table, no 0.00 standing in for it. */}
      {dataset.tables.procurement.published && (
        <Kpi
          label={t('overview.kpi.procurement')}
          value={<Amount value={f.procurement.value} withUnit />}
          detail={t('overview.procurementDetail', { share: formatPercent(f.procurement.share ?? null) })}
          source={
            <SourceLink at={f.procurement.source} label={tableName(dataset, 'procurement')} labelIsPrinted />
          }
          href={href.view('procurement')}
          linkLabel={t('nav.procurement')}
        />
      )}
      {f.adminCost && (
        <Kpi
          label={t('overview.kpi.adminCost')}
          term="机关运行经费"
          value={<Amount value={f.adminCost.value} withUnit />}
          detail={<Change change={f.adminCostChange} year={y} />}
          source={<SourceLink line={f.adminCost.source.line} label={t('source.notes3')} />}
          href={href.view('procurement')}
          linkLabel={t('overview.link.details')}
        />
      )}
    </div>
  );
}
