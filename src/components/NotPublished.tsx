import type { ReactNode } from 'react';
import type { Dataset } from '../domain/model';
import type { StringKey } from '../lib/i18n/strings';
import { SourceLink } from './SourceLink';
import { useT } from './use-t';
import { Zh } from './Zh';

/**
 * A view whose table this document does not print: says so, and lists what the document does print instead, each
 * with its place — never an empty table that reads as "none" (a missing table is not a zero).
 */
export function NotPublished({
  dataset,
  title,
  what,
  children,
}: {
  dataset: Dataset;
  /** The view's heading. */
  title: StringKey;
  /** What is missing, in our words: "a table listing the projects". */
  what: StringKey;
  /** Where the same subject is found in this document, if anywhere. */
  children?: ReactNode;
}) {
  const t = useT();
  const tables = Object.values(dataset.tables)
    .filter((x) => x.published)
    .sort((a, b) => (a.source?.page ?? a.rows[0]?.line ?? 0) - (b.source?.page ?? b.rows[0]?.line ?? 0));
  return (
    <article className="view">
      <h1>{t(title)}</h1>
      <p className="lead" role="note">
        {t('notPublished.lead', { what: t(what) })}
      </p>
      {children}
      <h2>{t('notPublished.instead')}</h2>
      <ul className="plain-list">
        {tables.map((x) => (
          <li key={x.id}>
            <Zh>{x.title}</Zh>{' '}
            <SourceLink at={x.source ? { line: 0, source: x.source } : x.rows[0]} table={x.id} />
          </li>
        ))}
      </ul>
    </article>
  );
}
