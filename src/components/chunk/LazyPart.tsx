import { type ReactNode, Suspense } from 'react';
import { useT } from '../use-t';
import { ChunkBoundary } from './ChunkBoundary';
import { useArrivedParts } from './retryable-lazy';

/**
 * A part of the page that loads its own code (the presenter, the share dialog, the embed link, the imported-data
 * banner): while it loads nothing shows; if its chunk does not arrive, only this part says so, with a retry, and the
 * view and its figures stay.
 */
export function LazyPart({ children }: { children: ReactNode }) {
  useArrivedParts();
  return (
    <ChunkBoundary fallback={(retry) => <PartFailed retry={retry} />}>
      <Suspense fallback={null}>{children}</Suspense>
    </ChunkBoundary>
  );
}

function PartFailed({ retry }: { retry: () => void }) {
  const t = useT();
  return (
    <p className="banner banner-warn part-failed" role="alert">
      {t('load.partFailed')}{' '}
      <button type="button" onClick={retry}>
        {t('load.retry')}
      </button>
    </p>
  );
}
