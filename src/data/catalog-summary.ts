import type { Dataset } from '../domain/model';
import { reconcile, summarize } from '../domain/reconcile/reconcile';
import { datasetSummary } from '../domain/summary';
import type { CatalogEntry } from './schema-catalog';

type Counts = { blocks: number; warns: number; notes: number };

/**
 * A catalog entry's summary: the dataset's headline figures and what its checks found — the importer's report
 * for a dataset read from a PDF, the reconciliation for a hand-checked one (failed identities block, observations
 * are notes).
 */
export function entrySummary(d: Dataset, reportCounts: Counts | null): NonNullable<CatalogEntry['summary']> {
  let problems = reportCounts;
  if (!problems) {
    const s = summarize(reconcile(d));
    problems = { blocks: s.failedIdentities.length, warns: 0, notes: s.observations.length };
  }
  return { ...datasetSummary(d), problems };
}

/**
 * The region a department's name begins with: 上海市普陀区…, 江苏省…, 山东省潍坊市… — derived from the name, so a
 * name without its province ("潍坊市大数据局" gives 潍坊市) is best given explicitly in the catalog.
 */
export function regionOf(name: string): string {
  // 中共上海市普陀区委…, 政协江苏省委员会…: the party or body comes before the place.
  const place = name.replace(
    /^(中国共产党|中共|政协|共青团|中国国民党革命委员会|民盟|民建|民进|农工党|致公党|九三学社)/,
    '',
  );
  const m = /^((?:[^省市]{2,7}省)?(?:[^省市区县]{2,7}市)?(?:[^省市区县]{1,7}[区县])?)/.exec(place);
  const region = m?.[1] ?? '';
  // A 区/县 match must not swallow a department's own word ("…社区…"): only after a 市.
  return /市.+[区县]$/.test(region) || /[省市]$/.test(region)
    ? region
    : region.replace(/[^省市]*[区县]$/, '');
}
