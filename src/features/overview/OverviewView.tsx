import { Amount } from '../../components/Amount';
import { Trans } from '../../components/Trans';
import { Zh } from '../../components/Zh';
import { documentLabelKey } from '../../components/document-label';
import { useT } from '../../components/use-t';
import type { Dataset } from '../../domain/model';
import { overviewFigures } from '../../domain/overview';
import { OverviewKpis } from './OverviewKpis';
import { OverviewSummary } from './OverviewSummary';
import { SunburstPanel } from './SunburstPanel';
import './overview.css';

export function OverviewView({
  dataset,
  hierarchy,
  onHierarchy,
  zoom,
  onZoom,
}: {
  dataset: Dataset;
  hierarchy: 'nature' | 'function';
  onHierarchy: (h: 'nature' | 'function') => void;
  zoom: string | null;
  onZoom: (id: string | null) => void;
}) {
  const t = useT();
  const figures = overviewFigures(dataset);
  return (
    <article className="view">
      <h1>
        <Trans
          k="overview.title"
          values={{
            department: <Zh>{dataset.department.name}</Zh>,
            document: t(documentLabelKey(dataset), { year: dataset.year }),
          }}
        />
      </h1>
      <OverviewSummary dataset={dataset} figures={figures}>
        <p className="muted">
          <Trans
            k={dataset.kind === 'final' ? 'overview.leadFinal' : 'overview.lead'}
            values={{
              amount: <Amount value={figures.expenditure.value} withUnit />,
              title: <Zh>{dataset.source.title}</Zh>,
            }}
          />
        </p>
      </OverviewSummary>
      <OverviewKpis dataset={dataset} figures={figures} />
      <SunburstPanel
        dataset={dataset}
        hierarchy={hierarchy}
        onHierarchy={onHierarchy}
        zoom={zoom}
        onZoom={onZoom}
      />
    </article>
  );
}
