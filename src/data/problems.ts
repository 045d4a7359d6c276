/** A located problem in a data file: which file, where in it, what is wrong. */
export interface DataProblem {
  file: string;
  /** JSON path such as `tables.projects.rows[12].cells.total`, or `line 3, column 14` for syntax errors. */
  where: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[a-zA-Z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}: ${p.where}: ${p.message}`;
}
