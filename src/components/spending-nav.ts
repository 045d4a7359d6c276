import type { SpendingNode } from '../domain/spending-tree';

/** The hash a sector of a spending chart opens (the URL contract of the app). */
export function hrefOf(node: Pick<SpendingNode, 'view' | 'param' | 'query'>): string | null {
  if (!node.view) return null;
  const q = new URLSearchParams(node.query ?? {}).toString();
  return `#/${node.view}${node.param ? `/${encodeURIComponent(node.param)}` : ''}${q ? `?${q}` : ''}`;
}

export function flatten(node: SpendingNode, depth = 0): Array<{ node: SpendingNode; depth: number }> {
  return [{ node, depth }, ...(node.children ?? []).flatMap((c) => flatten(c, depth + 1))];
}

export function findNode(node: SpendingNode, id: string): SpendingNode | undefined {
  if (node.id === id) return node;
  for (const c of node.children ?? []) {
    const hit = findNode(c, id);
    if (hit) return hit;
  }
  return undefined;
}
