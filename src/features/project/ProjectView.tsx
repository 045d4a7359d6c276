import { measurability } from '../../domain/targets/measurability';
import '../../lib/i18n/late-strings';
import { Fragment } from 'react';
import { tableName } from '../../components/table-name';
import { Amount } from '../../components/Amount';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { SourceLink } from '../../components/SourceLink';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import { functionsOfProject, projectPool } from '../../domain/functions';
import type { Dataset } from '../../domain/model';
import { share, sum } from '../../domain/money';
import { fundingLabels, performanceOf } from '../../domain/projects';
import { costCeilingNotes } from '../../domain/targets/cost-notes';
import { formatPercent } from '../../lib/format/number';
import { ProjectCorrections } from './ProjectCorrections';
import { ProjectGoals } from './ProjectGoals';
import { href } from '../../lib/route/href';
import './project.css';

export function ProjectView({
  dataset,
  id,
  highlight,
}: {
  dataset: Dataset;
  id: string;
  highlight: number | null;
}) {
  const t = useT();
  const project = dataset.projects.find((p) => p.id === id);
  if (!project)
    return (
      <article className="view">
        <h1>{t('project.notFound')}</h1>
        <p>
          {t('project.notFoundBody', { id })}
          <a href={href.projects()}>{t('project.seeAll')}</a>
        </p>
      </article>
    );
  const projectTotal = sum(dataset.projects.map((p) => p.total));
  const perf = performanceOf(dataset, project.id);
  const pool = projectPool(dataset);
  const fns = functionsOfProject(pool, project.id);
  const namesakes = dataset.projects.filter((p) => p.name === project.name && p.id !== project.id);
  const ceilings = perf ? costCeilingNotes(project, perf.table) : [];
  const fundCols = dataset.tables.projects.columns.filter(
    (c) => c.kind === 'money' && c.key !== 'total' && c.key !== 'fiscal',
  );
  return (
    <article className="view">
      <Breadcrumbs
        items={[{ label: t('nav.projects'), href: href.projects() }, { label: <Zh>{project.name}</Zh> }]}
      />
      <h1 lang="zh-CN">{project.name}</h1>
      <p className="lead">
        <span className="tag" lang="zh-CN">
          {project.type}
        </span>{' '}
        <span className="tag">{project.id}</span>{' '}
        <Trans
          k="project.lead"
          values={{
            amount: <Amount value={project.total} withUnit />,
            share: formatPercent(share(project.total, projectTotal)),
          }}
        />
        <SourceLink line={project.line} label={tableName(dataset, 'projects')} labelIsPrinted />
      </p>
      {namesakes.length > 0 && (
        <p className="note" role="note">
          {t('project.namesakes')}
          {namesakes.map((n) => (
            <a key={n.id} href={href.project(n.id)}>
              <Zh>{n.name}</Zh>
              <Trans
                k="project.namesake"
                values={{ type: <Zh>{n.type}</Zh>, amount: <Amount value={n.total} withUnit /> }}
              />
            </a>
          ))}
          {t('project.namesakesNote')}
        </p>
      )}
      <div className="detail-grid">
        <section className="panel" aria-labelledby="fund-h">
          <h2 id="fund-h">{t('project.funding')}</h2>
          <dl className="facts">
            {fundCols
              .filter((c) => project.funding[c.key] && !project.funding[c.key]?.isZero())
              .map((c) => (
                <div key={c.key} className="fact-row">
                  <dt lang="zh-CN">{c.group ? `${c.group}·${c.label}` : c.label}</dt>
                  <dd>
                    <Amount value={project.funding[c.key] ?? project.total} withUnit />
                  </dd>
                </div>
              ))}
            {perf && (
              <>
                <dt>{t('project.department')}</dt>
                <dd>
                  [{perf.table.department.code}] <Zh>{perf.table.department.name}</Zh>
                </dd>
                <dt>{t('project.implementingUnit')}</dt>
                <dd lang="zh-CN">{perf.table.implementingUnit.name}</dd>
              </>
            )}
            <dt>{t('project.fundingSources')}</dt>
            <dd lang="zh-CN">{fundingLabels(dataset.tables.projects.columns, project).join('、')}</dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="fn-h">
          <h2 id="fn-h">{t('project.function')}</h2>
          {fns.attributed.length ? (
            <p>
              {fns.attributed.map((c) => (
                <a key={c} href={href.functions(c)}>
                  {c}
                </a>
              ))}
              {t('common.colon')}
              <Zh>{dataset.attributions.find((a) => a.projectId === project.id)?.reason}</Zh>
            </p>
          ) : (
            <p>
              <Trans
                k="project.functionPool"
                values={{
                  codes: fns.candidates.map((c, i) => (
                    <Fragment key={c}>
                      {i > 0 && t('project.or')}
                      <a href={href.functions(c)}>{c}</a>
                    </Fragment>
                  )),
                }}
              />
            </p>
          )}
        </section>
      </div>
      {perf ? (
        <ProjectGoals
          table={perf.table}
          ceilings={ceilings}
          highlight={highlight}
          vague={measurability(project, perf.table)}
        />
      ) : (
        <p className="note" role="note">
          {t('project.noPerformance', {
            count:
              dataset.notes.facts.find((f) => f.id === 'performance.projects')?.value.toFixed(0) ??
              t('project.allProjects'),
            tables: dataset.performance.length,
          })}
        </p>
      )}
      <ProjectCorrections dataset={dataset} project={project} perfIndex={perf?.index ?? null} />
    </article>
  );
}
