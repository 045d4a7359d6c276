import type { Correction } from '../../domain/model';

export function CorrectionsTable({ corrections }: { corrections: readonly Correction[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table compact">
        <caption className="sr-only">更正记录</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">位置</th>
            <th scope="col">原文行</th>
            <th scope="col">提取文本</th>
            <th scope="col">数据集</th>
            <th scope="col">证据</th>
          </tr>
        </thead>
        <tbody>
          {corrections.map((c) => (
            <tr key={c.id} id={`correction-${c.id}`}>
              <td>{c.id}</td>
              <td>
                <code className="path">{c.path}</code>
              </td>
              <td>{c.line}</td>
              <td>
                <code>{c.printed === '' ? '(空)' : c.printed}</code>
              </td>
              <td>
                <code>{c.value ?? '(空)'}</code>
              </td>
              <td>{c.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
