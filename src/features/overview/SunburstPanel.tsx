import { useMemo, useState } from 'react';
import { useUnitLabel } from '../../components/Amount';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { LazyPart } from '../../components/chunk/LazyPart';
import { retryableLazy } from '../../components/chunk/retryable-lazy';
import { localizeSpendingTree, SpendingNodeName } from '../../components/spending-label';
import { findNode, flatten } from '../../components/spending-nav';
import { href as links } from '../../lib/route/href';
import { useLang, useT } from '../../components/use-t';
import { PHONE, useMediaQuery } from '../../components/data-table/use-media-query';
import { share } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { type SpendingNode, spendingByFunction, spendingByNature } from '../../domain/spending-tree';
import { formatMoney, formatPercent } from '../../lib/format/number';
import { useUiStore } from '../../store/ui-store';
import { sunburstOption } from './sunburst-option';
import { SunburstPick } from './SunburstPick';
import { zoomAfterClick, zoomPath } from './sunburst-zoom';
import './overview.css';

/**
 * The sunburst's table twin shows on request (the 表格 toggle, or a printout while the chart is not drawn): its
 * code, with the table shell and the CSV builder, comes with the reading views' (loaded ahead, RouteView.tsx), not
 * with the first view's, which stays within its budget (npm run check-budget).
 */
export const SpendingTreeTable = retryableLazy(() =>
  import('../../components/SpendingTreeTable').then((m) => ({ default: m.SpendingTreeTable })),
);

/** Small sectors (under 1% of the total) carry no label on the chart; they are listed beside it. */
const SMALL = 1;

export function SunburstPanel({
  dataset,
  hierarchy,
  onHierarchy,
  zoom,
  onZoom,
}: {
  dataset: Dataset;
  hierarchy: 'nature' | 'function';
  onHierarchy: (h: 'nature' | 'function') => void;
  /** The sector at the centre (a `SpendingNode` id, from the URL); null for the whole. */
  zoom: string | null;
  onZoom: (id: string | null) => void;
}) {
  const unit = useUiStore((s) => s.unit);
  const unitLabel = useUnitLabel();
  const t = useT();
  const lang = useLang();
  const root = useMemo(
    () => (hierarchy === 'function' ? spendingByFunction(dataset) : spendingByNature(dataset)),
    [dataset, hierarchy],
  );
  const path = useMemo(() => zoomPath(root, zoom), [root, zoom]);
  const centre = path[path.length - 1] as SpendingNode;
  // The sector last clicked or tapped: its value is shown beside the chart (a tap on a phone has no hover).
  const [pickedId, setPicked] = useState<string | null>(null);
  const phone = useMediaQuery(PHONE);
  // On a projector the chart fills the slide and its type is 1/30 of the screen's height, as the slide's text is.
  // The screen's height when the slide is drawn: a presenter goes full screen before the slides, not during one.
  const projector = useUiStore((s) => s.mode) === 'present';
  const screenHeight = projector ? window.innerHeight : 0;
  const scale = projector ? Math.max(1, screenHeight / 30 / 13) : 1;
  const height = projector ? Math.max(360, Math.round(screenHeight * 0.5)) : phone ? 360 : 520;
  const picked = (pickedId && findNode(centre, pickedId)) || centre;
  const option = useMemo(() => {
    const amount = (n: SpendingNode) => `${formatMoney(n.value, unit)} ${unitLabel}`;
    return sunburstOption(
      localizeSpendingTree(root, t, lang),
      {
        amount,
        exact: (n) =>
          t('common.amountShare', { amount: amount(n), share: formatPercent(share(n.value, root.value)) }),
      },
      centre.id,
      phone || projector ? 'compact' : 'wide',
      scale,
    );
  }, [root, centre, unit, unitLabel, t, lang, phone, projector, scale]);
  const small = flatten(root).filter(
    ({ node }) => !node.children?.length && (share(node.value, root.value)?.lt(SMALL) ?? false),
  );
  // A sunburst's sectors are areas: a negative amount (an adjustment, a 决算 refund) has none, and ECharts (6.1) then
  // draws nothing at all. The chart's place says so and lists them; the table twin has every figure.
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
        height={height}
        onClick={(e) => {
          const id = (e.data as { nodeId?: string } | undefined)?.nodeId;
          const node = id ? findNode(root, id) : undefined;
          if (!node) return;
          const next = zoomAfterClick(path, node);
          setPicked(node.id === centre.id ? next.id : node.id);
          if (next.id !== centre.id) onZoom(next.id === root.id ? null : next.id);
        }}
        above={
          <SunburstPick
            path={path}
            picked={picked}
            whole={root}
            onZoom={(id) => {
              setPicked(id);
              onZoom(id === root.id ? null : id);
            }}
          />
        }
        table={
          <LazyPart>
            <SpendingTreeTable root={root} caption={title} exportName={`spending-${hierarchy}`} />
          </LazyPart>
        }
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
                  const href = links.node(node);
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
