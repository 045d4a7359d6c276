import { Amount } from '../../components/Amount';
import type { Dataset } from '../../domain/model';
import { overviewFigures } from '../../domain/overview';
import { OverviewKpis } from './OverviewKpis';
import { SunburstPanel } from './SunburstPanel';

export function OverviewView({
  dataset,
  hierarchy,
  onHierarchy,
}: {
  dataset: Dataset;
  hierarchy: 'nature' | 'function';
  onHierarchy: (h: 'nature' | 'function') => void;
}) {
  const figures = overviewFigures(dataset);
  return (
    <article className="view">
      <h1>
        {dataset.department.name}
        {dataset.year}年部门预算总览
      </h1>
      <p className="lead">
        收支总预算 <Amount value={figures.expenditure.value} withUnit />
        ,全部数字取自《{dataset.source.title}》,每项均注明原文出处;推算的数字均标明“推算”。
      </p>
      <OverviewKpis dataset={dataset} figures={figures} />
      <SunburstPanel dataset={dataset} hierarchy={hierarchy} onHierarchy={onHierarchy} />
    </article>
  );
}
