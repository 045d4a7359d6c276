import { Amount } from '../../components/Amount';
import { Kpi } from '../../components/Kpi';
import { Term } from '../../components/Term';
import { SourceLink } from '../../components/SourceLink';
import type { DerivedPrior } from '../../domain/facts';
import type { Dataset } from '../../domain/model';
import type { OverviewFigures } from '../../domain/overview';
import { formatPercent } from '../../lib/format/number';

function Change({ change, year }: { change: DerivedPrior | null; year: number }) {
  if (!change) return null;
  return (
    <>
      比上年 <Amount value={change.change} signed withUnit />
      {change.pctFact ? (
        <>({formatPercent(change.pctFact.value, 2, true)})</>
      ) : (
        <span className="derived">({formatPercent(change.pctDerived, 2, true)},推算)</span>
      )}
      <span className="derived">
        ;{year - 1}年 <Amount value={change.prior} withUnit />
        (由本年数与文件所述增减额推算)
      </span>
    </>
  );
}

export function OverviewKpis({ dataset, figures: f }: { dataset: Dataset; figures: OverviewFigures }) {
  const y = dataset.year;
  const types = f.projectsByType.map((t) => `${t.type} ${t.count}个`).join(',');
  return (
    <div className="kpis">
      <Kpi
        label="收支总预算"
        value={<Amount value={f.expenditure.value} withUnit />}
        detail={<Change change={f.totalChange} year={y} />}
        source={<SourceLink line={f.expenditure.source.line} label="支出总体情况表" />}
        href="#/functions"
        linkLabel="按功能分类"
      />
      <Kpi
        label="收入预算"
        value={<Amount value={f.income.value} withUnit />}
        detail={
          <>
            {f.incomeParts.map((p, i) => (
              <span key={p.label}>
                {i > 0 && ','}
                <Term name={p.term}>{p.label}</Term> <Amount value={p.value} />
              </span>
            ))}
          </>
        }
        source={<SourceLink line={f.income.source.line} label="收支总体情况表" />}
        href="#/data?line=96"
        linkLabel="收入总体情况表"
      />
      <Kpi
        label="基本支出"
        term="基本支出"
        value={<Amount value={f.basic.value} withUnit />}
        detail={<>占 {formatPercent(f.basic.share ?? null)};保障机构运转的人员和公用支出</>}
        source={<SourceLink line={f.basic.source.line} label="支出总体情况表" />}
        href="#/economic"
        linkLabel="经济分类"
      />
      <Kpi
        label="项目支出"
        term="项目支出"
        value={<Amount value={f.project.value} withUnit />}
        detail={
          <>
            占 {formatPercent(f.project.share ?? null)};{f.projectCount}个项目({types})
          </>
        }
        source={<SourceLink line={f.project.source.line} label="支出总体情况表" />}
        href="#/projects"
        linkLabel="全部项目"
      />
      <Kpi
        label="“三公”经费"
        term={'"三公"经费'}
        value={<Amount value={f.sangong.value} withUnit />}
        detail={<Change change={f.sangongChange} year={y} />}
        source={<SourceLink line={f.sangong.source.line} label="“三公”经费表" />}
        href="#/sangong"
        linkLabel="三公经费"
      />
      <Kpi
        label="政府采购预算"
        value={<Amount value={f.procurement.value} withUnit />}
        detail={<>占总支出 {formatPercent(f.procurement.share ?? null)}</>}
        source={<SourceLink line={f.procurement.source.line} label="政府采购预算情况表" />}
        href="#/procurement"
        linkLabel="采购与资产"
      />
      {f.adminCost && (
        <Kpi
          label="机关运行经费"
          term="机关运行经费"
          value={<Amount value={f.adminCost.value} withUnit />}
          detail={<Change change={f.adminCostChange} year={y} />}
          source={<SourceLink line={f.adminCost.source.line} label="说明 三" />}
          href="#/procurement"
          linkLabel="详情"
        />
      )}
    </div>
  );
}
