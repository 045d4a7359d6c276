import { useUnitLabel } from '../../components/Amount';
import { SpendingNodeName } from '../../components/spending-label';
import { href as links } from '../../lib/route/href';
import { useT } from '../../components/use-t';
import { share } from '../../domain/money';
import type { SpendingNode } from '../../domain/spending-tree';
import { formatMoney, formatPercent } from '../../lib/format/number';
import { useUiStore } from '../../store/ui-store';

/**
 * Above the sunburst: where the chart is zoomed (a breadcrumb back to the whole) and the sector last clicked or
 * tapped — its amount, its shares, and a link that opens it. The chart itself never leaves the page.
 */
export function SunburstPick({
  path,
  picked,
  whole,
  onZoom,
}: {
  path: readonly SpendingNode[];
  picked: SpendingNode;
  whole: SpendingNode;
  onZoom: (id: string) => void;
}) {
  const t = useT();
  const unit = useUiStore((s) => s.unit);
  const unitLabel = useUnitLabel();
  const href = links.node(picked);
  const parent = findParent(whole, picked.id);
  return (
    <div className="sb-pick">
      {path.length > 1 && (
        <nav aria-label={t('overview.sb.path')}>
          <ol className="sb-path">
            {path.map((n, i) =>
              i < path.length - 1 ? (
                <li key={n.id}>
                  <button type="button" className="link-button" onClick={() => onZoom(n.id)}>
                    <SpendingNodeName node={n} t={t} />
                  </button>
                </li>
              ) : (
                <li key={n.id} aria-current="location">
                  <SpendingNodeName node={n} t={t} />
                </li>
              ),
            )}
          </ol>
        </nav>
      )}
      <p aria-live="polite" className="sb-value">
        <b>
          <SpendingNodeName node={picked} t={t} />
        </b>{' '}
        {formatMoney(picked.value, unit)} {unitLabel}
        {picked !== whole && (
          <>
            {' · '}
            {t('overview.sb.shareWhole', { share: formatPercent(share(picked.value, whole.value)) })}
            {parent && parent !== whole && (
              <>
                {' · '}
                {t('overview.sb.shareParent', { share: formatPercent(share(picked.value, parent.value)) })}
              </>
            )}
          </>
        )}
        {href && (
          <>
            {' '}
            <a href={href}>{t('overview.sb.open')}</a>
          </>
        )}
      </p>
      <p className="muted sb-hint">{t('overview.sb.hint')}</p>
    </div>
  );
}

function findParent(node: SpendingNode, id: string): SpendingNode | undefined {
  for (const c of node.children ?? []) {
    if (c.id === id) return node;
    const hit = findParent(c, id);
    if (hit) return hit;
  }
  return undefined;
}
