/** Page-level options live in the query string before the hash (?ds=…), so embedders can fix them. */
export interface PageOptions {
  datasetId: string | null;
}

export function readPageOptions(search: string = window.location.search): PageOptions {
  const q = new URLSearchParams(search);
  const ds = q.get('ds');
  return { datasetId: ds && /^[a-z0-9-]{1,80}$/.test(ds) ? ds : null };
}
