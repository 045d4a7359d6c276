// Its strings are the lazy views' own (late-strings.ts).
import '../../lib/i18n/late-strings';
import { TARGET_KIND, TargetReading } from '../../components/TargetReading';
import { useT } from '../../components/use-t';
import type { Indicator, PerformanceTable } from '../../domain/model';
import { parseTarget } from '../../domain/targets/parse-target';
import { DamageNote } from './DamageNote';
import { href } from '../../lib/route/href';
import './project.css';

function groupBy<T>(items: readonly T[], key: (t: T) => string): Array<[string, T[]]> {
  const out = new Map<string, T[]>();
  for (const i of items) out.set(key(i), [...(out.get(key(i)) ?? []), i]);
  return [...out];
}

/** 一级 → 二级 → 三级 with the printed target and how it reads; damaged texts carry a visible note. */
export function IndicatorTree({ table, highlight }: { table: PerformanceTable; highlight: number | null }) {
  const t = useT();
  const indexed = table.indicators.map((ind, i) => ({ ind, i }));
  const damage = (i: number, field: 'name' | 'target' | 'level1' | 'level2') =>
    table.damage.find((d) => d.path === `indicators[${i}].${field}`);
  return (
    <div className="indicator-tree">
      {groupBy(indexed, (x) => x.ind.level1).map(([level1, items]) => (
        <section key={level1} className="ind-l1" aria-labelledby={`l1-${level1}`}>
          <h3 id={`l1-${level1}`}>
            <span lang="zh-CN">{level1}</span> <span className="muted small">({items.length})</span>
          </h3>
          {groupBy(items, (x) => x.ind.level2).map(([level2, rows]) => (
            <div key={level2} className="ind-l2">
              <h4 lang="zh-CN">{level2}</h4>
              <table className="data-table compact fixed">
                <colgroup>
                  <col style={{ width: '38%' }} />
                  <col style={{ width: '22%' }} />
                  <col style={{ width: '30%' }} />
                  <col style={{ width: '10%' }} />
                </colgroup>
                <caption className="sr-only" lang="zh-CN">
                  {level1} · {level2}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('indicator.level3')}</th>
                    <th scope="col">{t('indicator.target')}</th>
                    <th scope="col">{t('indicator.reading')}</th>
                    <th scope="col">{t('common.line')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ ind, i }) => (
                    <IndicatorRow
                      key={i}
                      ind={ind}
                      i={i}
                      highlighted={highlight === i}
                      nameDamage={damage(i, 'name')}
                      targetDamage={damage(i, 'target')}
                      levelDamage={damage(i, 'level2') ?? damage(i, 'level1')}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function IndicatorRow({
  ind,
  i,
  highlighted,
  nameDamage,
  targetDamage,
  levelDamage,
}: {
  ind: Indicator;
  i: number;
  highlighted: boolean;
  nameDamage?: { note: string } | undefined;
  targetDamage?: { note: string } | undefined;
  /** Its group's label is not printed on its row: read from the same indicator elsewhere, and marked so. */
  levelDamage?: { note: string } | undefined;
}) {
  const t = useT();
  const parsed = parseTarget(ind.target);
  return (
    <tr
      id={`indicator-${i}`}
      className={highlighted ? 'row-selected' : undefined}
      data-link-target={highlighted ? '' : undefined}
    >
      <td>
        <span lang="zh-CN">{ind.name}</span>
        {nameDamage && <DamageNote note={nameDamage.note} />}
        {levelDamage && <DamageNote note={levelDamage.note} />}
      </td>
      <td className="target">
        {ind.target === '' ? (
          <span className="muted">{t('common.empty')}</span>
        ) : (
          <span lang="zh-CN">{ind.target}</span>
        )}
        {targetDamage && <DamageNote note={targetDamage.note} />}
      </td>
      <td className="small">
        <span className="tag">{t(TARGET_KIND[parsed.kind])}</span> <TargetReading parsed={parsed} />
      </td>
      <td>
        <a href={href.data({ line: ind.line })}>{ind.line}</a>
      </td>
    </tr>
  );
}
