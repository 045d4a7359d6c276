import type { Catalog } from '../data/schema-catalog';
import type { Dataset } from '../domain/model';
import { AboutView } from '../features/about/AboutView';
import { DataView } from '../features/data/DataView';
import { EconomicView } from '../features/economic/EconomicView';
import { GlossaryView } from '../features/glossary/GlossaryView';
import { ProcurementView } from '../features/procurement/ProcurementView';
import { FunctionsView } from '../features/functions/FunctionsView';
import { IndicatorsView } from '../features/indicators/IndicatorsView';
import { SangongView } from '../features/sangong/SangongView';
import { ProjectView } from '../features/project/ProjectView';
import { ProjectsView } from '../features/projects/ProjectsView';
import { OverviewView } from '../features/overview/OverviewView';
import { replaceQuery, useRoute } from './use-route';

export function RouteView({ dataset, catalog }: { dataset: Dataset; catalog: Catalog }) {
  const route = useRoute();
  const q = route.query;
  const setQuery = (patch: Record<string, string | null>) => replaceQuery(route, patch);
  switch (route.view) {
    case 'functions':
      return (
        <FunctionsView
          dataset={dataset}
          code={route.param}
          sort={q.get('sort')}
          onSortChange={(sort) => setQuery({ sort })}
        />
      );
    case 'projects':
      if (route.param)
        return (
          <ProjectView
            dataset={dataset}
            id={route.param}
            highlight={q.has('indicator') ? Number(q.get('indicator')) : null}
          />
        );
      return (
        <ProjectsView
          dataset={dataset}
          filter={{
            type: q.get('type'),
            query: q.get('q') ?? '',
            attribution: parseAttribution(q.get('attribution')),
          }}
          sort={q.get('sort')}
          onQuery={setQuery}
        />
      );
    case 'indicators':
      return (
        <IndicatorsView
          dataset={dataset}
          filter={{
            level1: q.get('l1'),
            level2: q.get('l2'),
            comparator: q.get('cmp'),
            kind:
              q.get('kind') === 'quantitative' || q.get('kind') === 'qualitative'
                ? (q.get('kind') as 'quantitative' | 'qualitative')
                : null,
            query: q.get('q') ?? '',
          }}
          sort={q.get('sort')}
          onQuery={setQuery}
        />
      );
    case 'sangong':
      return <SangongView dataset={dataset} catalog={catalog} />;
    case 'economic':
      return <EconomicView dataset={dataset} highlightClass={q.get('class')} />;
    case 'procurement':
      return <ProcurementView dataset={dataset} />;
    case 'about':
      return <AboutView dataset={dataset} />;
    case 'glossary':
      return (
        <GlossaryView dataset={dataset} term={q.get('term')} query={q.get('q') ?? ''} onQuery={setQuery} />
      );
    case 'data':
      return (
        <DataView
          dataset={dataset}
          catalog={catalog}
          onlyFailed={q.get('checks') === 'failed'}
          line={Number(q.get('line')) || null}
        />
      );
    case 'overview':
    default:
      return (
        <OverviewView
          dataset={dataset}
          hierarchy={q.get('sb') === 'function' ? 'function' : 'nature'}
          onHierarchy={(h) => setQuery({ sb: h === 'function' ? 'function' : null })}
        />
      );
  }
}

function parseAttribution(v: string | null): 'attributed' | 'pool' | null {
  return v === 'attributed' || v === 'pool' ? v : null;
}
