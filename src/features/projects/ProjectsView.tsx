import { Field } from '../../components/Field';
import { useMemo } from 'react';
import { Amount, useUnitLabel } from '../../components/Amount';
import { DataTable } from '../../components/data-table/DataTable';
import { SourceLink } from '../../components/SourceLink';
import { projectPool } from '../../domain/functions';
import { sum } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { type ProjectFilter, filterProjects, projectRows } from '../../domain/projects';
import { projectColumns } from './project-columns';

export interface ProjectsViewProps {
  dataset: Dataset;
  filter: ProjectFilter;
  sort: string | null;
  onQuery: (patch: Record<string, string | null>) => void;
}

export function ProjectsView({ dataset, filter, sort, onQuery }: ProjectsViewProps) {
  const unit = useUnitLabel();
  const rows = useMemo(() => projectRows(dataset, projectPool(dataset)), [dataset]);
  const shown = useMemo(() => filterProjects(rows, filter), [rows, filter]);
  const types = [...new Set(rows.map((r) => r.type))];
  const total = sum(shown.map((r) => r.total));
  const tableRow = dataset.tables.projects.rows.find((r) => r.id === 'total');
  return (
    <article className="view">
      <h1>项目支出</h1>
      <p className="lead">
        {rows.length}个项目,合计 <Amount value={sum(rows.map((r) => r.total))} withUnit />
        。点击项目名称查看资金、年度目标与绩效指标。
        <SourceLink line={tableRow?.line ?? 0} label="项目支出预算情况表" />
      </p>
      <form className="filters" role="search" aria-label="筛选项目" onSubmit={(e) => e.preventDefault()}>
        <Field label="搜索名称">
          {(id) => (
            <input
              id={id}
              type="search"
              value={filter.query}
              onChange={(e) => onQuery({ q: e.target.value })}
              placeholder="如:政务云"
            />
          )}
        </Field>
        <Field label="项目类型">
          {(id) => (
            <select
              id={id}
              value={filter.type ?? ''}
              onChange={(e) => onQuery({ type: e.target.value || null })}
            >
              <option value="">全部</option>
              {types.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="功能科目归属">
          {(id) => (
            <select
              id={id}
              value={filter.attribution ?? ''}
              onChange={(e) => onQuery({ attribution: e.target.value || null })}
            >
              <option value="">全部</option>
              <option value="attributed">文件已列明</option>
              <option value="pool">文件未逐项列明</option>
            </select>
          )}
        </Field>
      </form>
      <p role="status" className="muted">
        显示 {shown.length} / {rows.length} 个项目,合计 <Amount value={total} withUnit />
        {filter.attribution === 'pool' &&
          ':文件只公布了这些项目所在两个功能科目的合计(2069999 与 2150599),没有逐项说明归属。'}
      </p>
      <DataTable
        data={shown}
        columns={projectColumns}
        caption={`项目支出(单位:${unit})`}
        getRowId={(r) => r.id}
        sort={sort}
        onSortChange={(s) => onQuery({ sort: s })}
        rowHref={(r) => `#/projects/${r.id}`}
      />
    </article>
  );
}
