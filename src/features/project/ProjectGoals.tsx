// Its strings are the lazy views' own (late-strings.ts).
import '../../lib/i18n/late-strings';
import { Amount } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { PerformanceTable } from '../../domain/model';
import type { Measurability } from '../../domain/targets/measurability';
import type { CostCeilingNote } from '../../domain/targets/cost-notes';
import { CsvButton } from '../../components/export/CsvButton';
import { exportName, useExportInfo } from '../../components/export/export-context';
import type { T } from '../../components/use-t';
import { DamageNote } from './DamageNote';
import { IndicatorTree } from './IndicatorTree';

/** A project's performance-target table: its goals, notes on cost ceilings, and the indicator tree. */
export function ProjectGoals({
  table,
  ceilings,
  highlight,
  vague,
}: {
  table: PerformanceTable;
  /** How many of its targets cannot be checked at year end. */
  vague: Measurability;
  ceilings: readonly CostCeilingNote[];
  highlight: number | null;
}) {
  const t = useT();
  const info = useExportInfo();
  return (
    <>
      <section aria-labelledby="goal-h">
        <h2 id="goal-h">{t('project.goals')}</h2>
        <ol className="goals">
          {table.goals.map((g, i) => {
            const dm = table.damage.find((d) => d.path === `goals[${i}].text`);
            return (
              <li key={i}>
                <Zh>{g.text}</Zh>
                {dm && <DamageNote note={dm.note} />} <SourceLink line={g.line} />
              </li>
            );
          })}
        </ol>
      </section>
      {ceilings.length > 0 && (
        <aside className="note" role="note">
          <h3>{t('project.note')}</h3>
          {ceilings.map((c, i) => (
            <p key={i}>
              <Trans
                k="project.ceiling"
                values={{
                  name: <Zh>{c.indicator.name}</Zh>,
                  target: <Zh>{c.indicator.target}</Zh>,
                  budget: <Amount value={c.budget} withUnit />,
                }}
              />
            </p>
          ))}
        </aside>
      )}
      <section aria-labelledby="ind-h">
        <h2 id="ind-h">
          {t('project.indicators', { count: table.indicators.length })}{' '}
          <SourceLink line={table.lines[0]} label={t('source.performance')} />
        </h2>
        <p className="muted">
          {t('projects.vagueTitle', {
            indicators: vague.indicators,
            qualitative: vague.qualitative,
            blank: vague.blank,
            restatesBudget: vague.restatesBudget,
          })}
        </p>
        <div className="table-tools">
          <CsvButton
            rows={() => indicatorSheet(table, t)}
            filename={exportName(info, `indicators-${table.projectId}`)}
          />
        </div>
        <IndicatorTree table={table} highlight={highlight} />
      </section>
    </>
  );
}

/** The project's indicators as one sheet: its id on every row (two projects share a name), the source line. */
function indicatorSheet(table: PerformanceTable, t: T): string[][] {
  return [
    [
      t('projects.col.id'),
      t('indicators.level1'),
      t('indicators.level2'),
      t('indicator.level3'),
      t('indicator.target'),
      t('common.line'),
    ],
    ...table.indicators.map((i) => [table.projectId, i.level1, i.level2, i.name, i.target, String(i.line)]),
  ];
}
