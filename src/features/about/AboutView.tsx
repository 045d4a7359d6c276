import { SourceLink } from '../../components/SourceLink';
import type { Dataset } from '../../domain/model';

export function AboutView({ dataset }: { dataset: Dataset }) {
  const o = dataset.overview;
  return (
    <article className="view prose">
      <h1>部门概况</h1>
      <section aria-labelledby="duty-h">
        <h2 id="duty-h">主要职责</h2>
        <ol className="duties">
          {o.duties.map((d) => (
            <li key={d.number}>
              {d.text} <SourceLink line={d.line} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="unit-h">
        <h2 id="unit-h">机构设置</h2>
        <p>{o.unitsIntro.text}</p>
        <ol>
          {o.units.map((u) => (
            <li key={u.number}>{u.name}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="notes-h">
        <h2 id="notes-h">预算情况和重要事项说明(原文)</h2>
        {dataset.notes.sections.map((s) => (
          <section key={s.heading} aria-label={s.heading}>
            <h3>{s.heading}</h3>
            {s.paragraphs.map((p) => (
              <p key={p.line}>
                {p.text} <SourceLink line={p.line} />
              </p>
            ))}
          </section>
        ))}
        <h3>{dataset.specialMatters.heading}</h3>
        <p>
          {dataset.specialMatters.text} <SourceLink line={dataset.specialMatters.line} />
        </p>
      </section>
    </article>
  );
}
