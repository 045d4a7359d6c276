// Its strings are the lazy views' own (late-strings.ts).
import '../../lib/i18n/late-strings';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Dataset, Project } from '../../domain/model';

/** Where this project's data differs from the extracted text, with the evidence (as the dataset records it). */
export function ProjectCorrections({
  dataset,
  project,
  perfIndex,
}: {
  dataset: Dataset;
  project: Project;
  perfIndex: number | null;
}) {
  const t = useT();
  const rowIndex = dataset.tables.projects.rows.findIndex((r) => r.id === project.id);
  const corrections = dataset.corrections.filter(
    (c) =>
      (perfIndex !== null && c.path.startsWith(`performance[${perfIndex}].`)) ||
      c.path.startsWith(`tables.projects.rows[${rowIndex}].`),
  );
  if (corrections.length === 0) return null;
  const code = (text: string | null, empty: boolean) =>
    empty ? <code>{t('common.empty')}</code> : <code lang="zh-CN">{text}</code>;
  return (
    <section aria-labelledby="corr-h">
      <h2 id="corr-h">{t('project.corrections', { count: corrections.length })}</h2>
      <p className="muted">{t('project.correctionsNote')}</p>
      <ul className="corrections">
        {corrections.map((c) => (
          <li key={c.id}>
            <Trans
              k="project.correction"
              values={{
                line: c.line,
                printed: code(c.printed, !c.printed),
                value: code(c.value, c.value === null),
                evidence: <Zh>{c.evidence}</Zh>,
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
