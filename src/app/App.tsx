import { useEffect } from 'react';
import type { Catalog } from '../data/schema-catalog';
import type { Dataset } from '../domain/model';
import { useDataStore } from '../store/data-store';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { LoadFailed, Loading } from './LoadStates';
import { readPageOptions } from '../lib/route/page-options';
import { useMarkLive } from './prerendered';
import { RouteView } from './RouteView';

export function App() {
  useMarkLive();
  const state = useDataStore((s) => s.state);
  const load = useDataStore((s) => s.load);
  const { datasetId } = readPageOptions();

  useEffect(() => {
    // Already loaded (or failed) before the first render when the prerendered overview was kept on screen
    // (src/main.tsx); a retry is the reader's choice then, through the buttons below.
    if (useDataStore.getState().state.status !== 'idle') return;
    void load(datasetId);
  }, [load, datasetId]);

  if (state.status === 'idle' || state.status === 'loading')
    return (
      <Loading
        file={state.status === 'loading' ? state.file : null}
        since={state.status === 'loading' ? state.since : null}
        onRetry={() => void load(datasetId)}
      />
    );
  if (state.status === 'failed')
    return <LoadFailed problems={state.problems} onRetry={() => void load(datasetId)} />;
  return <ReadyApp dataset={state.dataset} catalog={state.catalog} />;
}

/** The dashboard once its data is in; also what the build prerenders (scripts/prerender.tsx). */
export function ReadyApp({ dataset, catalog }: { dataset: Dataset; catalog: Catalog }) {
  useMarkLive();
  return (
    <ErrorBoundary>
      <Layout dataset={dataset} catalog={catalog}>
        <RouteView dataset={dataset} catalog={catalog} />
      </Layout>
    </ErrorBoundary>
  );
}
