/** Chinese text in 拼音 order, numbers inside text compared as numbers ("第2" before "第10"). */
export const zhCollator = new Intl.Collator('zh-CN', { numeric: true });

/** Each distinct text's place in `zhCollator` order; texts that compare equal share a rank. */
export type CollationRanks = ReadonlyMap<string, number>;

/**
 * Ranks a set of texts once, so sorting them later compares small integers instead of calling ICU for every pair:
 * on 100,000 rows a collated sort makes millions of `compare` calls, but the texts repeat (a few thousand
 * distinct), and only those need collating. Ranks are dense from 0; equal-comparing texts (e.g. "第02" and
 * "第2" under numeric collation) share one, so comparing ranks orders exactly as `zhCollator.compare` does.
 */
export function collationRanks(texts: Iterable<string>): CollationRanks {
  const distinct = [...new Set(texts)].sort(zhCollator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((text, i) => {
    if (i > 0 && zhCollator.compare(distinct[i - 1]!, text) !== 0) rank += 1;
    ranks.set(text, rank);
  });
  return ranks;
}

/**
 * Compares two texts by rank, falling back to the collator for a text the ranks do not know (ranks built from
 * another row set); the fallback agrees with the ranks, so mixing the two still gives one consistent order.
 */
export function compareByRank(ranks: CollationRanks, a: string, b: string): number {
  const x = ranks.get(a);
  const y = ranks.get(b);
  return x === undefined || y === undefined ? zhCollator.compare(a, b) : x - y;
}

/**
 * Rows sorted by a rank per row (from `collationRanks`): a counting sort, linear in the rows — no comparisons —
 * and stable (rows with one rank keep document order, also when descending). Ranks must be dense from 0
 * (`collationRanks` makes them so); a row whose text has no rank counts as the smallest (first ascending, last
 * descending).
 */
export function sortByRanks<T>(
  rows: readonly T[],
  rankOf: (row: T) => number | undefined,
  desc = false,
): T[] {
  const n = rows.length;
  const keys = new Int32Array(n);
  let max = -1;
  for (let i = 0; i < n; i++) {
    const r = rankOf(rows[i]!) ?? -1;
    keys[i] = r;
    if (r > max) max = r;
  }
  // Ascending: unranked rows in slot 0, ranks 0…max in slots 1…max+1; descending: ranks max…0 in slots 0…max,
  // unranked last.
  const slots = max + 2;
  const starts = new Uint32Array(slots + 1);
  const slot = (k: number) => (desc ? (k < 0 ? max + 1 : max - k) : k + 1);
  for (let i = 0; i < n; i++) starts[slot(keys[i]!) + 1]! += 1;
  for (let s = 1; s <= slots; s++) starts[s]! += starts[s - 1]!;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[starts[slot(keys[i]!)]!++] = rows[i]!;
  return out;
}
