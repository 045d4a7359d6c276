import type { Dataset } from '../domain/model';
import { DataView } from '../features/data/DataView';
import { useRoute } from './use-route';

export function RouteView({ dataset }: { dataset: Dataset }) {
  const route = useRoute();
  switch (route.view) {
    default:
      return <DataView dataset={dataset} onlyFailed={route.query.get('checks') === 'failed'} />;
  }
}
