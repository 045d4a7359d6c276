import { Field } from '../../components/Field';
import type { Dataset } from '../../domain/model';

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
  const q = query.trim();
  const shown = dataset.glossary.filter((g) => !q || g.term.includes(q) || g.definition.includes(q));
  return (
    <article className="view prose">
      <h1>名词解释</h1>
      <form className="filters" role="search" aria-label="搜索名词" onSubmit={(e) => e.preventDefault()}>
        <Field label="搜索">
          {(id) => (
            <input
              id={id}
              type="search"
              value={query}
              onChange={(e) => onQuery({ q: e.target.value })}
              placeholder="如:三公"
            />
          )}
        </Field>
      </form>
      <p role="status" className="muted">
        {shown.length} / {dataset.glossary.length} 个名词
      </p>
      <dl className="glossary">
        {shown.map((g) => (
          <div
            key={g.term}
            id={`term-${g.term}`}
            className={term === g.term ? 'row-selected glossary-item' : 'glossary-item'}
          >
            <dt>
              <a href={`#/glossary?term=${encodeURIComponent(g.term)}`}>{g.term}</a>
            </dt>
            <dd>
              {g.definition}{' '}
              <a className="source-link" href={`#/data?line=${g.line}`}>
                原文第{g.line}行
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
