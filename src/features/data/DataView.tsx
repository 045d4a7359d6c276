import type { Catalog } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import { checksOf } from '../../lib/derived/checks';
import { CorrectionsTable } from './CorrectionsTable';
import { ReconciliationReport } from './ReconciliationReport';
import { SourceLines } from './SourceLines';

export function DataView({
  dataset,
  catalog,
  onlyFailed,
  line,
}: {
  dataset: Dataset;
  catalog: Catalog;
  onlyFailed: boolean;
  line: number | null;
}) {
  const { checks, summary } = checksOf(dataset);
  const indicators = dataset.performance.reduce((n, t) => n + t.indicators.length, 0);
  return (
    <article className="view">
      <h1>数据与核对</h1>
      {line && <SourceLines file={dataset.source.file} line={line} />}
      <section aria-labelledby="ds-h">
        <h2 id="ds-h">数据集</h2>
        <dl className="facts">
          <dt>文件</dt>
          <dd>《{dataset.source.title}》</dd>
          <dt>单位</dt>
          <dd>{dataset.unit}(与原文一致,金额以十进制字符串存储,精确计算)</dd>
          <dt>内容</dt>
          <dd>
            12张预算表、{dataset.projects.length}个项目、{dataset.performance.length}张绩效目标表({indicators}
            个指标)、
            {dataset.glossary.length}个名词解释、{dataset.corrections.length}处更正
          </dd>
        </dl>
        <ul className="downloads">
          <li>
            <a href={`data/${dataset.id}.json`} download>
              下载数据集 JSON
            </a>
          </li>
          <li>
            <a href="data/budget-dataset.schema.json" download>
              下载 JSON Schema
            </a>
          </li>
          <li>
            <a href={`data/${dataset.source.file}`} download>
              下载原文提取文本
            </a>
            (行号即此文件的行)
          </li>
        </ul>
      </section>
      <section aria-labelledby="cat-h">
        <h2 id="cat-h">数据目录</h2>
        <div className="table-scroll">
          <table className="data-table compact">
            <caption className="sr-only">数据目录(catalog.json)</caption>
            <thead>
              <tr>
                <th scope="col">部门</th>
                <th scope="col">年度</th>
                <th scope="col">单位</th>
                <th scope="col">文件</th>
                <th scope="col">来源</th>
              </tr>
            </thead>
            <tbody>
              {catalog.datasets
                .filter((e) => !e.synthetic)
                .map((e) => (
                  <tr key={e.id}>
                    <td>
                      {e.department.name}({e.department.code})
                    </td>
                    <td>{e.year}</td>
                    <td>{e.unit}</td>
                    <td>
                      {e.id === dataset.id ? (
                        <strong>{e.file}(当前)</strong>
                      ) : (
                        <a href={`?ds=${encodeURIComponent(e.id)}#/`}>{e.file}</a>
                      )}
                    </td>
                    <td>{e.sourceTitle}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="recon-h">
        <h2 id="recon-h">核对报告</h2>
        <p className="lead">
          {summary.passed} / {summary.total} 项核对通过;{summary.failedIdentities.length} 项恒等关系未通过;
          {summary.observations.length} 项说明(文件所述与其表格不完全对应,照实列出)。
        </p>
        <p>
          {onlyFailed ? (
            <a href="#/data">显示全部核对</a>
          ) : (
            <a href="#/data?checks=failed">只看未通过的核对</a>
          )}
        </p>
        <ReconciliationReport checks={checks} onlyFailed={onlyFailed} />
      </section>
      <section aria-labelledby="corr-h">
        <h2 id="corr-h">更正记录</h2>
        <p>下列各处数据集与提取文本不同,均因PDF提取损坏;每处给出证据。以下规则性处理不逐条列出:</p>
        <ul>
          {dataset.normalization.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        <CorrectionsTable corrections={dataset.corrections} />
      </section>
    </article>
  );
}
