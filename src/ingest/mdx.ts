/**
 * Writes report paragraphs as an MDX body and proves the result is only text.
 *
 * MDX is a programming language: `{…}` is an expression, `<x>` is JSX and a
 * paragraph opening with `import`/`export` is a module statement that runs at
 * build time. The body is therefore built as an mdast tree and serialized by
 * mdast-util-to-markdown with the MDX extensions, which escape what MDX would
 * read as code, plus one rule of our own for `import`/`export`, which the MDX
 * extensions leave alone. `verifyMdxBody` parses the output again with the
 * parser the build uses and checks it gives back exactly the paragraphs.
 */
import type { Root, Paragraph, Text, RootContent } from 'mdast';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';

/**
 * Escapes the first letter of a paragraph that would otherwise read as an ESM
 * statement, and a byte-order mark opening a paragraph (the parser drops one at
 * the start of a document).
 */
const esmSafe: ToMarkdownOptions = {
  unsafe: [
    { atBreak: true, character: 'i', after: 'mport\\b' },
    { atBreak: true, character: 'e', after: 'xport\\b' },
    { atBreak: true, character: '\ufeff' },
  ],
};

/** The last body serialized: ingest asks for each body twice (to verify it, then to compose the page). */
let last: { paragraphs: string[]; mdx: string } | null = null;

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function paragraphsToMdx(paragraphs: readonly string[]): string {
  if (last === null || !sameList(last.paragraphs, paragraphs)) last = { paragraphs: [...paragraphs], mdx: serialize(paragraphs) };
  return last.mdx;
}

function serialize(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), esmSafe] });
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);

function textOf(node: RootContent): string | null {
  if (node.type !== 'paragraph') return null;
  let out = '';
  for (const child of node.children) {
    if (child.type !== 'text') return null;
    out += (child as Text).value;
  }
  return out;
}

/**
 * Parses `mdx` as MDX and returns a reason it is unsafe or unfaithful,
 * or null when it is exactly `paragraphs`, as plain text paragraphs.
 */
export function verifyMdxBody(mdx: string, paragraphs: readonly string[]): string | null {
  let tree: Root;
  try {
    tree = mdxParser.parse(mdx);
  } catch (error) {
    return `the MDX parser rejected the body: ${(error as Error).message}`;
  }
  if (tree.children.length !== paragraphs.length) {
    return `expected ${paragraphs.length} paragraphs, the parser found ${tree.children.length} nodes`;
  }
  for (const [index, node] of tree.children.entries()) {
    const text = textOf(node);
    if (text === null) return `paragraph ${index + 1} parses as ${node.type} with non-text content`;
    if (text !== paragraphs[index]) return `paragraph ${index + 1} does not round-trip to the same text`;
  }
  return null;
}
