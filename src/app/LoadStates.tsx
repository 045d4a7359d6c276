import type { DataProblem } from '../data/problems';

export function Loading({ file }: { file: string | null }) {
  return (
    <main className="state" aria-busy="true">
      <p role="status">正在加载预算数据{file ? `(${file})` : ''}……</p>
    </main>
  );
}

/** A failure names the file and what is wrong, with a retry — never a white screen. */
export function LoadFailed({ problems, onRetry }: { problems: DataProblem[]; onRetry: () => void }) {
  const files = [...new Set(problems.map((p) => p.file))];
  return (
    <main className="state state-error">
      <h1>无法显示预算数据</h1>
      <p>
        数据文件 <code>{files.join('、')}</code> 有问题,页面没有显示任何可能不准确的数字。
      </p>
      <ul className="problems" aria-label="问题列表">
        {problems.slice(0, 20).map((p, i) => (
          <li key={i}>
            <code>{p.file}</code> · <code>{p.where}</code>:{p.message}
          </li>
        ))}
      </ul>
      {problems.length > 20 && <p>另有 {problems.length - 20} 个问题未列出。</p>}
      <button type="button" onClick={onRetry}>
        重试
      </button>
    </main>
  );
}
