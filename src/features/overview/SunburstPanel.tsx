import { useMemo } from 'react';
import { useUnitLabel } from '../../components/Amount';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { SpendingTreeTable } from '../../components/SpendingTreeTable';
import { findNode, flatten, hrefOf } from '../../components/spending-nav';
import { share } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { spendingByFunction, spendingByNature } from '../../domain/spending-tree';
import { formatMoney, formatPercent } from '../../lib/format/number';
import { useUiStore } from '../../store/ui-store';
import { sunburstOption } from './sunburst-option';

/** Small sectors (under 1% of the total) carry no label on the chart; they are listed beside it. */
const SMALL = 1;

export function SunburstPanel({
  dataset,
  hierarchy,
  onHierarchy,
}: {
  dataset: Dataset;
  hierarchy: 'nature' | 'function';
  onHierarchy: (h: 'nature' | 'function') => void;
}) {
  const unit = useUiStore((s) => s.unit);
  const unitLabel = useUnitLabel();
  const root = useMemo(
    () => (hierarchy === 'function' ? spendingByFunction(dataset) : spendingByNature(dataset)),
    [dataset, hierarchy],
  );
  const option = useMemo(
    () =>
      sunburstOption(
        root,
        (n) => `${formatMoney(n.value, unit)} ${unitLabel}(${formatPercent(share(n.value, root.value))})`,
      ),
    [root, unit, unitLabel],
  );
  const small = flatten(root).filter(
    ({ node }) => !node.children?.length && (share(node.value, root.value)?.lt(SMALL) ?? false),
  );
  const title = hierarchy === 'function' ? '支出构成:按功能分类' : '支出构成:基本支出与项目支出';
  const description =
    hierarchy === 'function'
      ? `中心为支出合计;向外依次为类、款、项,最外圈为各项的基本支出与项目支出。文件未逐项列明项目归属的项目支出画为一个整体扇区。`
      : `中心为支出合计;第一圈为基本支出与项目支出,第二圈为人员支出、日常公用支出和两类项目,第三圈为经济分类与各项目。`;
  return (
    <section aria-labelledby="sb-h" className="panel">
      <h2 id="sb-h" className="sr-only">
        支出构成
      </h2>
      <div role="group" aria-label="层次" className="toggle hierarchy-toggle">
        <button type="button" aria-pressed={hierarchy === 'nature'} onClick={() => onHierarchy('nature')}>
          基本 / 项目
        </button>
        <button type="button" aria-pressed={hierarchy === 'function'} onClick={() => onHierarchy('function')}>
          按功能分类
        </button>
      </div>
      <ChartFrame
        title={title}
        description={description}
        option={option}
        height={520}
        onClick={(e) => {
          const id = (e.data as { nodeId?: string } | undefined)?.nodeId;
          const node = id ? findNode(root, id) : undefined;
          const href = node && hrefOf(node);
          if (href) window.location.hash = href;
        }}
        table={<SpendingTreeTable root={root} caption={title} />}
        aside={
          small.length > 0 && (
            <details className="small-items">
              <summary>
                图中未标注的小项({small.length}个,各占不足{SMALL}%)
              </summary>
              <ul>
                {small.map(({ node }) => {
                  const href = hrefOf(node);
                  return (
                    <li key={node.id}>
                      {href ? <a href={href}>{node.name}</a> : node.name} {formatMoney(node.value, unit)}
                    </li>
                  );
                })}
              </ul>
            </details>
          )
        }
      />
    </section>
  );
}
