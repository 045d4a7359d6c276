import type { Catalog } from '../data/schema-catalog';
import type { Dataset } from '../domain/model';
import { DataView } from '../features/data/DataView';
import { FunctionsView } from '../features/functions/FunctionsView';
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
