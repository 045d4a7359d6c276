import type { SpendingNode } from '../domain/spending-tree';
import type { StringKey } from '../lib/i18n/strings';
import type { Lang } from '../lib/i18n/translate';
import type { T } from './use-t';
import { FunctionName, functionNameText, Zh } from './Zh';

/** Nodes the domain names in Chinese but which are our labels, not the document's: translated by id. */
const UI_NODES: Readonly<Record<string, StringKey>> = {
  total: 'spending.total',
  basic: 'spending.basic',
  personnel: 'spending.personnel',
  public: 'spending.public',
  'basic-other': 'spending.basicOther',
  project: 'spending.project',
};

function uiKey(node: SpendingNode): StringKey | undefined {
  if (/^\d+-basic$/.test(node.id)) return 'spending.basic';
  if (/^\d+-pool$/.test(node.id)) return 'spending.pool';
  return UI_NODES[node.id];
}

const isFunction = (node: SpendingNode) => node.view === 'functions' && node.id === node.param;
const codeOf = (node: SpendingNode) => node.name.slice(0, node.id.length);
const nameOf = (node: SpendingNode) => node.name.slice(node.id.length).trim();

/** A node's name as text (charts): ours translated, the document's as published. */
export function spendingNodeText(node: SpendingNode, t: T, lang: Lang): string {
  const key = uiKey(node);
  if (key) return t(key);
  return isFunction(node) ? functionNameText(codeOf(node), nameOf(node), lang) : node.name;
}

/** The same tree with every name as the reader sees it, for chart builders that take names as they are. */
export function localizeSpendingTree(node: SpendingNode, t: T, lang: Lang): SpendingNode {
  return {
    ...node,
    name: spendingNodeText(node, t, lang),
    ...(node.children ? { children: node.children.map((c) => localizeSpendingTree(c, t, lang)) } : {}),
  };
}

/** A node's name as an element: the document's names marked lang="zh-CN". */
export function SpendingNodeName({ node, t }: { node: SpendingNode; t: T }) {
  const key = uiKey(node);
  if (key) return <>{t(key)}</>;
  if (isFunction(node)) return <FunctionName code={codeOf(node)} name={nameOf(node)} />;
  return <Zh>{node.name}</Zh>;
}
