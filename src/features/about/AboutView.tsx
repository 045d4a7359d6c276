import '../../lib/i18n/late-strings';
import { SourceLink } from '../../components/SourceLink';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Dataset } from '../../domain/model';
import './about.css';

/** 部门概况 and 第三部分 as published (Chinese), under our headings. */
export function AboutView({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const o = dataset.overview;
  return (
    <article className="view prose">
      <h1>{t('nav.about')}</h1>
      <section aria-labelledby="duty-h">
        <h2 id="duty-h">{t('about.duties')}</h2>
        <ol className="duties">
          {o.duties.map((d) => (
            <li key={d.number}>
              <Zh>{d.text}</Zh> <SourceLink line={d.line} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="unit-h">
        <h2 id="unit-h">{t('about.units')}</h2>
        <p lang="zh-CN">{o.unitsIntro.text}</p>
        <ol>
          {o.units.map((u) => (
            <li key={u.number} lang="zh-CN">
              {u.name}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="notes-h">
        <h2 id="notes-h">{t('about.notes')}</h2>
        {dataset.notes.sections.map((s) => (
          <section key={s.heading} aria-label={s.heading}>
            <h3 lang="zh-CN">{s.heading}</h3>
            {s.paragraphs.map((p, i) => (
              <p key={i}>
                <Zh>{p.text}</Zh> <SourceLink at={p} />
              </p>
            ))}
          </section>
        ))}
        <h3 lang="zh-CN">{dataset.specialMatters.heading}</h3>
        <p>
          <Zh>{dataset.specialMatters.text}</Zh> <SourceLink at={dataset.specialMatters} />
        </p>
      </section>
    </article>
  );
}
