import { useEffect } from 'react';
import { useDataStore } from '../store/data-store';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { LoadFailed, Loading } from './LoadStates';
import { readPageOptions } from './page-options';
import { RouteView } from './RouteView';

export function App() {
  const state = useDataStore((s) => s.state);
  const load = useDataStore((s) => s.load);
  const { datasetId } = readPageOptions();

  useEffect(() => {
    void load(datasetId);
  }, [load, datasetId]);

  if (state.status === 'idle' || state.status === 'loading')
    return (
      <Loading file={state.status === 'loading' ? state.file : null} onRetry={() => void load(datasetId)} />
    );
  if (state.status === 'failed')
    return <LoadFailed problems={state.problems} onRetry={() => void load(datasetId)} />;
  return (
    <ErrorBoundary>
      <Layout dataset={state.dataset}>
        <RouteView dataset={state.dataset} catalog={state.catalog} />
      </Layout>
    </ErrorBoundary>
  );
}
