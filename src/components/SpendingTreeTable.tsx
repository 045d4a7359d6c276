import { type SpendingNode, treeShares } from '../domain/spending-tree';
import { formatPercent } from '../lib/format/number';
import { Amount, useUnitLabel } from './Amount';
import { flatten, hrefOf } from './spending-nav';

/** The table twin of a spending hierarchy: every node, indented, with amount and share of the total. */
export function SpendingTreeTable({ root, caption }: { root: SpendingNode; caption: string }) {
  const unit = useUnitLabel();
  const shares = treeShares(root);
  return (
    <div className="table-scroll">
      <table className="data-table compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col" className="num">
              金额({unit})
            </th>
            <th scope="col" className="num">
              占总支出
            </th>
          </tr>
        </thead>
        <tbody>
          {flatten(root).map(({ node, depth }) => {
            const href = hrefOf(node);
            return (
              <tr key={node.id}>
                <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.1}rem` }} className="tree-cell">
                  {href ? <a href={href}>{node.name}</a> : node.name}
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
