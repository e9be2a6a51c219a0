/** A few DOM queries over parse5's tree, enough to read built pages as a browser would. */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(html: string): Element {
  const document = parse(html);
  return document as unknown as Element;
}

export function* walk(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  // <template> content lives apart from childNodes.
  const content = 'content' in node ? (node.content as unknown as Node) : null;
  for (const child of children) yield* walk(child);
  if (content) yield* walk(content);
}

export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

export function findAll(root: Node, test: (el: Element) => boolean): Element[] {
  return [...walk(root)].filter(test);
}

export function find(root: Node, test: (el: Element) => boolean): Element | undefined {
  for (const el of walk(root)) if (test(el)) return el;
  return undefined;
}

/** Text as a reader sees it: text nodes joined, with block boundaries as spaces. */
export function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (node.nodeName === 'script' || node.nodeName === 'style') return '';
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map((c) => textContent(c) + (c.nodeName === 'p' ? ' ' : '')).join('');
}

export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
