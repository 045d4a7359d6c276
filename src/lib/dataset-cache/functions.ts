import Decimal from 'decimal.js';
import { type FunctionNode, functionTree } from '../../domain/functions';
import type { Dataset } from '../../domain/model';
import { apportion, ZERO } from '../../domain/money';

/** A 类, 款 or 项 with its share of the whole (percent, exact to 0.01) and its children's rows. */
export interface FunctionShareRow extends FunctionNode {
  share: Decimal | null;
  subRows: FunctionShareRow[];
}

const rowsCache = new WeakMap<Dataset, { roots: FunctionNode[]; rows: FunctionShareRow[] }>();

/**
 * The function tree and its rows with shares, built once per dataset object: the exact shares (a largest-remainder
 * apportionment in decimals at every level) were a good part of each visit to the view.
 */
export function functionRowsOf(dataset: Dataset) {
  let hit = rowsCache.get(dataset);
  if (!hit) {
    const roots = functionTree(dataset);
    // Shares add up: 类 to 100.00%, each level's children to their parent's share (largest remainder).
    const level = (nodes: FunctionNode[], parentShare: Decimal): FunctionShareRow[] => {
      const parts =
        apportion(
          nodes.map((n) => n.total),
          parentShare,
          2,
        ) ?? [];
      return nodes.map((n, i) => ({
        ...n,
        share: parts[i] ?? ZERO,
        subRows: level(n.children, parts[i] ?? ZERO),
      }));
    };
    rowsCache.set(dataset, (hit = { roots, rows: level(roots, new Decimal(100)) }));
  }
  return hit;
}
