import { type SpendingNode, treeShares } from '../domain/spending-tree';
import { formatPercent } from '../lib/format/number';
import { Amount, useUnitLabel } from './Amount';
import { href as links } from '../lib/route/href';
import { flatten } from './spending-nav';
import { SpendingNodeName } from './spending-label';
import { useT } from './use-t';
import './data-table/data-table.css';

/** The table twin of a spending hierarchy: every node, indented, with amount and share of the total. */
export function SpendingTreeTable({ root, caption }: { root: SpendingNode; caption: string }) {
  const unit = useUnitLabel();
  const t = useT();
  const shares = treeShares(root);
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('spending.item')}</th>
            <th scope="col" className="num">
              {t('spending.amount', { unit })}
            </th>
            <th scope="col" className="num">
              {t('spending.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {flatten(root).map(({ node, depth }) => {
            const href = links.node(node);
            const name = <SpendingNodeName node={node} t={t} />;
            return (
              <tr key={node.id}>
                <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.1}rem` }} className="tree-cell">
                  {href ? <a href={href}>{name}</a> : name}
                </th>
                <td className="num">
                  <Amount value={node.value} />
                </td>
                <td className="num">{formatPercent(shares.get(node.id) ?? null)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
