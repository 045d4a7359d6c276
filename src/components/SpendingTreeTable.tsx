import { type SpendingNode, treeShares } from '../domain/spending-tree';
import { formatPercent } from '../lib/format/number';
import { Amount, useUnitLabel } from './Amount';
import { href as links } from '../lib/route/href';
import { type ShellColumn, StaticTable } from './data-table/StaticTable';
import { sheetText } from './data-table/table-sheet';
import { flatten } from './spending-nav';
import { SpendingNodeName, spendingNodeText } from './spending-label';
import { useLang, useT } from './use-t';
import './data-table/data-table.css';

type Line = ReturnType<typeof flatten>[number];

/** The table twin of a spending hierarchy: every node, indented, with amount and share of the total. */
export function SpendingTreeTable({
  root,
  caption,
  exportName,
}: {
  root: SpendingNode;
  caption: string;
  exportName: string;
}) {
  const unit = useUnitLabel();
  const t = useT();
  const lang = useLang();
  const shares = treeShares(root);
  const share = (l: Line) => formatPercent(shares.get(l.node.id) ?? null);
  const columns: Array<ShellColumn<Line>> = [
    {
      id: 'item',
      header: t('spending.item'),
      rowHeader: true,
      className: 'tree-cell',
      style: ({ depth }) => ({ paddingLeft: `${0.5 + depth * 1.1}rem` }),
      cell: ({ node }) => {
        const href = links.node(node);
        const name = <SpendingNodeName node={node} t={t} />;
        return href ? <a href={href}>{name}</a> : name;
      },
      csv: ({ node }) => spendingNodeText(node, t, lang),
    },
    {
      id: 'amount',
      header: t('spending.amount', { unit }),
      numeric: true,
      cell: ({ node }) => <Amount value={node.value} />,
      csv: ({ node }) => node.value,
    },
    {
      id: 'share',
      header: t('spending.share'),
      numeric: true,
      cell: share,
      csv: (l) => sheetText(share(l)),
    },
  ];
  return (
    <StaticTable
      caption={caption}
      className="data-table compact"
      columns={columns}
      rows={flatten(root)}
      rowKey={(l) => l.node.id}
      exportName={exportName}
    />
  );
}
