import { Field } from '../../components/Field';
import { useT } from '../../components/use-t';
import type { Dataset } from '../../domain/model';
import { href } from '../../lib/route/href';
import './glossary.css';

/** 名词解释 as published, each term addressable (#/glossary?term=基本支出) and searchable. */
export function GlossaryView({
  dataset,
  term,
  query,
  onQuery,
}: {
  dataset: Dataset;
  term: string | null;
  query: string;
  onQuery: (p: Record<string, string | null>) => void;
}) {
  const t = useT();
  const q = query.trim();
  const shown = dataset.glossary.filter((g) => !q || g.term.includes(q) || g.definition.includes(q));
  return (
    <article className="view prose">
      <h1>{t('nav.glossary')}</h1>
      <form
        className="filters"
        role="search"
        aria-label={t('glossary.search')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Field label={t('glossary.searchLabel')}>
          {(id) => (
            <input
              id={id}
              type="search"
              value={query}
              onChange={(e) => onQuery({ q: e.target.value })}
              placeholder={t('glossary.placeholder')}
            />
          )}
        </Field>
      </form>
      <p role="status" className="muted">
        {t('glossary.status', { shown: shown.length, count: dataset.glossary.length })}
      </p>
      <dl className="glossary">
        {shown.map((g) => (
          <div
            key={g.term}
            id={`term-${g.term}`}
            className={term === g.term ? 'row-selected glossary-item' : 'glossary-item'}
            data-link-target={term === g.term ? '' : undefined}
          >
            <dt>
              <a href={href.glossary({ term: g.term })} lang="zh-CN">
                {g.term}
              </a>
            </dt>
            <dd>
              <span lang="zh-CN">{g.definition}</span>{' '}
              <a className="source-link" href={href.data({ line: g.line })}>
                {t('source.line', { line: g.line })}
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
