import type { Dataset } from '../../domain/model';
import { functionRowsOf } from './functions';
import { indicatorRowsOf } from './indicators';
import { projectRowsOf } from './projects';

/**
 * What the heaviest views derive from a dataset (exact shares, the indicator rows with their parsed targets), as
 * slices of idle work, so that their first visit finds it done (RouteView's usePreloadedViews). Loaded with the
 * views' code, not the first view's.
 */
export function derivedWork(dataset: Dataset): Array<() => void> {
  return [() => functionRowsOf(dataset), () => projectRowsOf(dataset), () => indicatorRowsOf(dataset)];
}
