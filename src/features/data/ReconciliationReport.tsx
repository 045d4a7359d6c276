import type { Check } from '../../domain/reconcile/check';

function groupBy(checks: readonly Check[]) {
  const groups = new Map<string, Check[]>();
  for (const c of checks) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups];
}

export function ReconciliationReport({
  checks,
  onlyFailed,
}: {
  checks: readonly Check[];
  onlyFailed: boolean;
}) {
  const shown = onlyFailed ? checks.filter((c) => !c.pass) : checks;
  return (
    <div className="recon">
      {groupBy(shown).map(([group, list]) => {
        const failed = list.filter((c) => !c.pass).length;
        return (
          <details key={group} open={failed > 0}>
            <summary>
              <span>{group}</span>
              <span className={failed ? 'badge badge-warn' : 'badge badge-ok'}>
                {failed ? `${failed} 项未通过 / ${list.length}` : `${list.length} 项全部通过`}
              </span>
            </summary>
            <table className="data-table compact">
              <caption className="sr-only">{group}的核对</caption>
              <thead>
                <tr>
                  <th scope="col">结果</th>
                  <th scope="col">核对内容</th>
                  <th scope="col" className="num">
                    应为
                  </th>
                  <th scope="col" className="num">
                    实际
                  </th>
                  <th scope="col">来源行</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr
                    key={c.id}
                    id={`check-${c.id}`}
                    className={c.pass ? '' : c.severity === 'observation' ? 'row-note' : 'row-fail'}
                  >
                    <td>{c.pass ? '✓ 通过' : c.severity === 'observation' ? '! 说明' : '✗ 未通过'}</td>
                    <td>
                      {c.description}
                      <div className="muted small">
                        <code>{c.id}</code>
                      </div>
                    </td>
                    <td className="num">{c.expected}</td>
                    <td className="num">{c.actual}</td>
                    <td>{c.refs.map((r) => r.line).join('、') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        );
      })}
    </div>
  );
}
