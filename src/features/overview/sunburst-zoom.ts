import type { SpendingNode } from '../../domain/spending-tree';

/**
 * The path from the centre of the whole hierarchy to the sector `id` (the centre alone when `id` names none: a link
 * written for the other hierarchy, or for another dataset, opens the whole chart rather than nothing).
 */
export function zoomPath(root: SpendingNode, id: string | null): SpendingNode[] {
  return (id && pathTo(root, id)) || [root];
}

function pathTo(node: SpendingNode, id: string): SpendingNode[] | null {
  if (node.id === id) return [node];
  for (const child of node.children ?? []) {
    const tail = pathTo(child, id);
    if (tail) return [node, ...tail];
  }
  return null;
}

/** Where a click on a sector leads: a sector with rings below it becomes the centre; the centre goes up one level. */
export function zoomAfterClick(path: readonly SpendingNode[], clicked: SpendingNode): SpendingNode {
  const centre = path[path.length - 1] as SpendingNode;
  if (clicked.id === centre.id) return path[path.length - 2] ?? centre;
  return clicked.children?.length ? clicked : centre;
}
