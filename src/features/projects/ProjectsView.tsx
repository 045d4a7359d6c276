import '../../lib/i18n/late-strings';
import { SearchField, SelectField } from '../../components/Field';
import { FilterForm } from '../../components/FilterForm';
import { tableName } from '../../components/table-name';
import { useMemo } from 'react';
import { Amount, useUnitLabel } from '../../components/Amount';
import { DataTable } from '../../components/data-table/DataTable';
import { NotPublished } from '../../components/NotPublished';
import { SourceLink } from '../../components/SourceLink';
import { cell } from '../../domain/table';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { sum } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { type ProjectFilter, filterProjects } from '../../domain/projects';
import { projectRowsOf } from '../../lib/dataset-cache/projects';
import { projectColumns } from './project-columns';
import { ProjectCompactRow } from './ProjectCompactRow';
import { href } from '../../lib/route/href';

export interface ProjectsViewProps {
  dataset: Dataset;
  filter: ProjectFilter;
  sort: string | null;
  onQuery: (patch: Record<string, string | null>) => void;
}

export function ProjectsView(props: ProjectsViewProps) {
  const { dataset } = props;
  if (dataset.projects.length === 0 && !dataset.tables.projects.published) {
    const total = dataset.tables.expenditure.rows.find((r) => r.id === 'total');
    return (
      <NotPublished dataset={dataset} title="projects.title" what="notPublished.projects">
        <p>
          <Trans
            k="notPublished.projectsWhere"
            values={{ amount: <Amount value={cell(total, 'project')} withUnit /> }}
          />{' '}
          <SourceLink at={total} column="project" table="expenditure" />
        </p>
      </NotPublished>
    );
  }
  return <ProjectList {...props} />;
}

function ProjectList({ dataset, filter, sort, onQuery }: ProjectsViewProps) {
  const unit = useUnitLabel();
  const t = useT();
  const columns = useMemo(() => projectColumns(t), [t]);
  const rows = projectRowsOf(dataset);
  const shown = useMemo(() => filterProjects(rows, filter), [rows, filter]);
  const types = [...new Set(rows.map((r) => r.type))];
  const total = sum(shown.map((r) => r.total));
  const tableRow = dataset.tables.projects.rows.find((r) => r.id === 'total');
  // Every project's bar on one scale, whatever the filter: the largest project's amount.
  const phoneRows = useMemo(() => {
    const largest = Math.max(0, ...rows.map((r) => r.total.toNumber()));
    return {
      defaultSort: 'amount.desc',
      render: (r: (typeof rows)[number]) => <ProjectCompactRow row={r} largest={largest} />,
    };
  }, [rows]);
  const activeFilters = [filter.query, filter.type, filter.attribution].filter(Boolean).length;
  return (
    <article className="view">
      <h1>{t('projects.title')}</h1>
      <p className="lead">
        <Trans
          k="projects.lead"
          values={{ count: rows.length, amount: <Amount value={sum(rows.map((r) => r.total))} withUnit /> }}
        />
        <SourceLink line={tableRow?.line ?? 0} label={tableName(dataset, 'projects')} labelIsPrinted />
      </p>
      <FilterForm label={t('projects.filters')} active={activeFilters}>
        <SearchField
          label={t('projects.search')}
          value={filter.query}
          placeholder={t('projects.searchPlaceholder')}
          onChange={(q) => onQuery({ q })}
        />
        <SelectField
          label={t('projects.type')}
          value={filter.type}
          allLabel={t('common.all')}
          options={types.map((type) => ({ value: type, label: type, lang: 'zh-CN' }))}
          onChange={(type) => onQuery({ type })}
        />
        <SelectField
          label={t('projects.attribution')}
          value={filter.attribution}
          allLabel={t('common.all')}
          options={[
            { value: 'attributed', label: t('projects.attributed') },
            { value: 'pool', label: t('projects.pool') },
          ]}
          onChange={(attribution) => onQuery({ attribution })}
        />
      </FilterForm>
      <p role="status" className="muted">
        <Trans
          k="projects.status"
          values={{ shown: shown.length, count: rows.length, amount: <Amount value={total} withUnit /> }}
        />
        {filter.attribution === 'pool' && t('projects.poolNote')}
      </p>
      <DataTable
        exportName="projects"
        csvKey={{ header: t('projects.col.id'), of: (r) => r.id }}
        data={shown}
        columns={columns}
        caption={t('projects.caption', { unit })}
        getRowId={(r) => r.id}
        sort={sort}
        onSortChange={(s) => onQuery({ sort: s })}
        rowHref={(r) => href.project(r.id)}
        phoneRows={phoneRows}
      />
    </article>
  );
}
