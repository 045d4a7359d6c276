import { TARGET_KIND } from '../../components/TargetReading';
import { useT } from '../../components/use-t';
import type { IndicatorRow } from '../../domain/indicators';
import { href } from '../../lib/route/href';

/** An indicator on a phone: its name and target as printed, then where it sits (一级 › 二级 · project) and its type. */
export function IndicatorCompactRow({ row }: { row: IndicatorRow }) {
  const t = useT();
  return (
    <a className="compact-row" href={href.project(row.projectId, { indicator: row.index })}>
      <span className="compact-name">
        <span lang="zh-CN">{row.name}</span>
        {row.damaged && <span className="damage">{t('indicators.damaged')}</span>}
      </span>
      <strong className="compact-target">
        {row.target ? <span lang="zh-CN">{row.target}</span> : t('common.empty')}
      </strong>
      <span className="compact-meta">
        <span lang="zh-CN">
          {row.level1} › {row.level2} · {row.projectName}
        </span>{' '}
        · {t(TARGET_KIND[row.parsed.kind])}
      </span>
    </a>
  );
}
