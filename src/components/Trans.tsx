import { Fragment, type ReactNode } from 'react';
import type { StringKey } from '../lib/i18n/strings';
import { useT } from './use-t';

/**
 * A UI sentence whose {placeholders} are elements: amounts, links, data text marked lang="zh-CN". Word order
 * stays the translation's, so a sentence is never assembled from fragments in code.
 */
export function Trans({ k, values }: { k: StringKey; values: Record<string, ReactNode> }) {
  const template = useT()(k);
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{i % 2 === 1 ? (p in values ? values[p] : `{${p}}`) : p}</Fragment>
      ))}
    </>
  );
}
