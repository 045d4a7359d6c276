import { useMemo } from 'react';
import { useUnitLabel } from '../../components/Amount';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { SpendingTreeTable } from '../../components/SpendingTreeTable';
import { localizeSpendingTree, SpendingNodeName } from '../../components/spending-label';
import { findNode, flatten, hrefOf } from '../../components/spending-nav';
import { useLang, useT } from '../../components/use-t';
import { share } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { spendingByFunction, spendingByNature } from '../../domain/spending-tree';
import { formatMoney, formatPercent } from '../../lib/format/number';
import { navigateTo } from '../../lib/navigation';
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
  const t = useT();
  const lang = useLang();
  const root = useMemo(
    () => (hierarchy === 'function' ? spendingByFunction(dataset) : spendingByNature(dataset)),
    [dataset, hierarchy],
  );
  const option = useMemo(
    () =>
      sunburstOption(localizeSpendingTree(root, t, lang), (n) =>
        t('common.amountShare', {
          amount: `${formatMoney(n.value, unit)} ${unitLabel}`,
          share: formatPercent(share(n.value, root.value)),
        }),
      ),
    [root, unit, unitLabel, t, lang],
  );
  const small = flatten(root).filter(
    ({ node }) => !node.children?.length && (share(node.value, root.value)?.lt(SMALL) ?? false),
  );
  // A sunburst's sectors are areas: a negative amount (an adjustment, a 决算 refund) has none, and ECharts then draws
  // nothing at all. The chart's place says so and lists them; the table twin has every figure.
  const negative = flatten(root).filter(({ node }) => node.value.lt(0));
  const title = t(hierarchy === 'function' ? 'overview.sb.titleFunction' : 'overview.sb.titleNature');
  const description = t(hierarchy === 'function' ? 'overview.sb.descFunction' : 'overview.sb.descNature');
  return (
    <section aria-labelledby="sb-h" className="panel">
      <h2 id="sb-h" className="sr-only">
        {t('overview.sb.heading')}
      </h2>
      <div role="group" aria-label={t('overview.sb.hierarchy')} className="toggle hierarchy-toggle">
        <button type="button" aria-pressed={hierarchy === 'nature'} onClick={() => onHierarchy('nature')}>
          {t('overview.sb.nature')}
        </button>
        <button type="button" aria-pressed={hierarchy === 'function'} onClick={() => onHierarchy('function')}>
          {t('overview.sb.function')}
        </button>
      </div>
      <ChartFrame
        name={`spending-${hierarchy}`}
        title={title}
        description={description}
        option={option}
        height={520}
        onClick={(e) => {
          const id = (e.data as { nodeId?: string } | undefined)?.nodeId;
          const node = id ? findNode(root, id) : undefined;
          const href = node && hrefOf(node);
          if (href) navigateTo(href);
        }}
        table={<SpendingTreeTable root={root} caption={title} />}
        unchartable={
          negative.length > 0 && (
            <div role="note" className="note">
              <p>{t('overview.sb.negative')}</p>
              <ul>
                {negative.map(({ node }) => (
                  <li key={node.id}>
                    <SpendingNodeName node={node} t={t} /> {formatMoney(node.value, unit)}
                  </li>
                ))}
              </ul>
            </div>
          )
        }
        aside={
          small.length > 0 && (
            <details className="small-items">
              <summary>{t('overview.sb.small', { count: small.length, pct: SMALL })}</summary>
              <ul>
                {small.map(({ node }) => {
                  const href = hrefOf(node);
                  const name = <SpendingNodeName node={node} t={t} />;
                  return (
                    <li key={node.id}>
                      {href ? <a href={href}>{name}</a> : name} {formatMoney(node.value, unit)}
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
