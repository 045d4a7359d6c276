import { useEffect, useState } from 'react';
import { Trans } from '../components/Trans';
import { useT } from '../components/use-t';
import { CODE_PROBLEM } from '../data/load';
import type { DataProblem } from '../data/problems';

/** After this long the reader is told the network is slow and offered a retry (the download goes on meanwhile). */
export const SLOW_MS = 3000;

export function Loading({
  file,
  since,
  onRetry,
}: {
  file: string | null;
  /** When the load began (Date.now()); slowness counts from there, not from when this appeared. */
  since: number | null;
  onRetry: () => void;
}) {
  const t = useT();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const left = since === null ? SLOW_MS : Math.max(0, since + SLOW_MS - Date.now());
    const timer = window.setTimeout(() => setSlow(true), left);
    return () => window.clearTimeout(timer);
  }, [file, since]);
  return (
    <main className="state" aria-busy="true">
      <h1 className="sr-only">{t('load.loading')}</h1>
      <p role="status">{file ? t('load.loadingFile', { file }) : t('load.loading')}</p>
      {slow && (
        <p>
          {t('load.slow')}{' '}
          <button type="button" onClick={onRetry}>
            {t('load.retry')}
          </button>
        </p>
      )}
    </main>
  );
}

/** A failure names the file and what is wrong, with a retry — never a white screen. */
export function LoadFailed({ problems, onRetry }: { problems: DataProblem[]; onRetry: () => void }) {
  const t = useT();
  const files = [...new Set(problems.map((p) => p.file))];
  // A chunk of the page's code that did not download is said to be that, not a problem of the data.
  const code = problems.some((p) => p.where === CODE_PROBLEM);
  return (
    <main className="state state-error">
      <h1>{t('load.failedTitle')}</h1>
      <p>
        <Trans
          k={code ? 'load.codeFailedBody' : 'load.failedBody'}
          values={{ files: <code>{files.join(t('common.listSep'))}</code> }}
        />
      </p>
      <p id="load-problems">{t('load.problems')}</p>
      <ul className="problems" aria-labelledby="load-problems">
        {problems.slice(0, 20).map((p, i) => (
          <li key={i}>
            <code>{p.file}</code> · <code>{p.where}</code>
            {t('common.colon')}
            {/* Written for whoever maintains the data, in English. */}
            <span lang="en">{p.message}</span>
          </li>
        ))}
      </ul>
      {problems.length > 20 && <p>{t('load.more', { count: problems.length - 20 })}</p>}
      <button type="button" onClick={onRetry}>
        {t('load.retry')}
      </button>
    </main>
  );
}
