import { useT } from '../components/use-t';
import type { RouteProblem } from '../lib/route/route';
import { href } from '../lib/route/href';

/** What a link that is no view shows: what is wrong with it and the way to the overview. */
export function RouteProblemView({ problem, hash }: { problem: RouteProblem; hash: string }) {
  const t = useT();
  return (
    <article className="view">
      <h1>{t(problem === 'malformed' ? 'route.malformedTitle' : 'route.notFoundTitle')}</h1>
      <p>
        {t(problem === 'malformed' ? 'route.malformedBody' : 'route.notFoundBody')}{' '}
        {/* Rendered as text; a link can carry anything, so only its start is shown. */}
        <code>{hash.length > 120 ? `${hash.slice(0, 120)}…` : hash}</code>
      </p>
      <p>
        <a href={href.overview()}>{t('error.back')}</a>
      </p>
    </article>
  );
}
