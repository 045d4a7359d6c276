import { Amount } from '../../components/Amount';
import { useT } from '../../components/use-t';
import type { ProjectRow } from '../../domain/projects';
import { formatPercent } from '../../lib/format/number';
import { href } from '../../lib/route/href';

/**
 * A project on a phone: its name, its amount with the unit, a bar of its amount against the largest project's
 * (`largest`, a float: the bar is a chart) and its share of project expenditure in words.
 */
export function ProjectCompactRow({ row, largest }: { row: ProjectRow; largest: number }) {
  const t = useT();
  const bar = largest > 0 ? Math.max(0.5, (row.total.toNumber() / largest) * 100) : 0;
  return (
    <a className="compact-row" href={href.project(row.id)}>
      <span className="compact-name" lang="zh-CN">
        {row.name}
        {row.sameName.length > 0 && (
          <span className="muted small"> {t('common.sameName', { id: row.id })}</span>
        )}
      </span>
      <span className="compact-amount">
        <Amount value={row.total} withUnit />
      </span>
      <span className="compact-bar" aria-hidden="true">
        <span style={{ width: `${bar}%` }} />
      </span>
      <span className="compact-meta">
        <span lang="zh-CN">{row.type}</span> ·{' '}
        {t('projects.compactShare', { share: formatPercent(row.share) })}
      </span>
    </a>
  );
}
