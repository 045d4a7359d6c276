import type { SpendingNode } from '../domain/spending-tree';

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
