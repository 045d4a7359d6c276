import { Amount } from '../../components/Amount';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { SourceLink } from '../../components/SourceLink';
import { functionsOfProject, projectPool } from '../../domain/functions';
import type { Dataset } from '../../domain/model';
import { share, sum } from '../../domain/money';
import { fundingLabels, performanceOf } from '../../domain/projects';
import { costCeilingNotes } from '../../domain/targets/cost-notes';
import { formatPercent } from '../../lib/format/number';
import { DamageNote } from './DamageNote';
import { IndicatorTree } from './IndicatorTree';

export function ProjectView({
  dataset,
  id,
  highlight,
}: {
  dataset: Dataset;
  id: string;
  highlight: number | null;
}) {
  const project = dataset.projects.find((p) => p.id === id);
  if (!project)
    return (
      <article className="view">
        <h1>没有此项目</h1>
        <p>
          本年预算中没有编号为 {id} 的项目。<a href="#/projects">查看全部项目</a>
        </p>
      </article>
    );
  const projectTotal = sum(dataset.projects.map((p) => p.total));
  const perf = performanceOf(dataset, project.id);
  const pool = projectPool(dataset);
  const fns = functionsOfProject(pool, project.id);
  const namesakes = dataset.projects.filter((p) => p.name === project.name && p.id !== project.id);
  const ceilings = perf ? costCeilingNotes(project, perf.table) : [];
  const projectRowIndex = dataset.tables.projects.rows.findIndex((r) => r.id === project.id);
  const corrections = dataset.corrections.filter(
    (c) =>
      (perf && c.path.startsWith(`performance[${perf.index}].`)) ||
      c.path.startsWith(`tables.projects.rows[${projectRowIndex}].`),
  );
  const fundCols = dataset.tables.projects.columns.filter(
    (c) => c.kind === 'money' && c.key !== 'total' && c.key !== 'fiscal',
  );
  return (
    <article className="view">
      <Breadcrumbs items={[{ label: '项目', href: '#/projects' }, { label: project.name }]} />
      <h1>{project.name}</h1>
      <p className="lead">
        <span className="tag">{project.type}</span> <span className="tag">{project.id}</span> 金额{' '}
        <Amount value={project.total} withUnit />
        ,占项目支出 {formatPercent(share(project.total, projectTotal))}。
        <SourceLink line={project.line} label="项目支出预算情况表" />
      </p>
      {namesakes.length > 0 && (
        <p className="note" role="note">
          另有同名项目:
          {namesakes.map((n) => (
            <a key={n.id} href={`#/projects/${n.id}`}>
              {n.name}({n.type},<Amount value={n.total} withUnit />)
            </a>
          ))}
          ——两者是项目支出表中的不同项目。
        </p>
      )}
      <div className="detail-grid">
        <section className="panel" aria-labelledby="fund-h">
          <h2 id="fund-h">资金</h2>
          <dl className="facts">
            {fundCols
              .filter((c) => project.funding[c.key] && !project.funding[c.key]?.isZero())
              .map((c) => (
                <div key={c.key} className="fact-row">
                  <dt>{c.group ? `${c.group}·${c.label}` : c.label}</dt>
                  <dd>
                    <Amount value={project.funding[c.key] ?? project.total} withUnit />
                  </dd>
                </div>
              ))}
            {perf && (
              <>
                <dt>主管部门</dt>
                <dd>
                  [{perf.table.department.code}] {perf.table.department.name}
                </dd>
                <dt>实施单位</dt>
                <dd>{perf.table.implementingUnit.name}</dd>
              </>
            )}
            <dt>资金来源</dt>
            <dd>{fundingLabels(dataset.tables.projects.columns, project).join('、')}</dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="fn-h">
          <h2 id="fn-h">功能科目</h2>
          {fns.attributed.length ? (
            <p>
              {fns.attributed.map((c) => (
                <a key={c} href={`#/functions/${c}`}>
                  {c}
                </a>
              ))}
              :{dataset.attributions.find((a) => a.projectId === project.id)?.reason}
            </p>
          ) : (
            <p>
              文件没有逐项说明本项目属于哪个功能科目;它属于{' '}
              {fns.candidates.map((c, i) => (
                <span key={c}>
                  {i > 0 && ' 或 '}
                  <a href={`#/functions/${c}`}>{c}</a>
                </span>
              ))}
              (这两项的项目支出合计与这些项目的合计相等),本站不作猜测。
            </p>
          )}
        </section>
      </div>
      {perf ? (
        <>
          <section aria-labelledby="goal-h">
            <h2 id="goal-h">年度总体绩效目标</h2>
            <ol className="goals">
              {perf.table.goals.map((g, i) => {
                const dm = perf.table.damage.find((d) => d.path === `goals[${i}].text`);
                return (
                  <li key={i}>
                    {g.text}
                    {dm && <DamageNote note={dm.note} />} <SourceLink line={g.line} />
                  </li>
                );
              })}
            </ol>
          </section>
          {ceilings.length > 0 && (
            <aside className="note" role="note">
              <h3>说明</h3>
              {ceilings.map((c, i) => (
                <p key={i}>
                  成本指标“{c.indicator.name}”为 {c.indicator.target},高于本年预算{' '}
                  <Amount value={c.budget} withUnit />
                  。这是文件原文所列数字(可能是项目多年总成本或合同总额),照实显示。
                </p>
              ))}
            </aside>
          )}
          <section aria-labelledby="ind-h">
            <h2 id="ind-h">
              绩效指标({perf.table.indicators.length}个){' '}
              <SourceLink line={perf.table.lines[0]} label="绩效目标表" />
            </h2>
            <IndicatorTree table={perf.table} highlight={highlight} />
          </section>
        </>
      ) : (
        <p className="note" role="note">
          文件没有公布本项目的绩效目标表(说明称
          {dataset.notes.facts.find((f) => f.id === 'performance.projects')?.value.toFixed(0) ?? '全部'}
          个项目实施绩效目标管理,但只附了{dataset.performance.length}张表)。
        </p>
      )}
      {corrections.length > 0 && (
        <section aria-labelledby="corr-h">
          <h2 id="corr-h">本项目数据的更正({corrections.length}处)</h2>
          <p className="muted">PDF提取损坏之处;每处列出提取文本、采用值与依据。</p>
          <ul className="corrections">
            {corrections.map((c) => (
              <li key={c.id}>
                第{c.line}行:<code>{c.printed || '(空)'}</code> → <code>{c.value ?? '(空)'}</code>。
                {c.evidence}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
