/**
 * remark plugin: fails the build when an ingested article contains MDX code.
 *
 * Ingest writes report text so that MDX reads it as text only, and checks it.
 * This is the second lock: if an article under `content/articles/` holds an
 * expression, an import/export or a JSX element, whether from a bug or a hand
 * edit, the build stops with the file and line instead of running it.
 *
 * In:  an mdast tree of an MDX file.  Out: the same tree, or a thrown error.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isArticleFile } from '../contract/files.ts';

const CODE_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

export interface TextOnlyOptions {
  /** Which files to guard, by path; default: anything under `content/articles/`. */
  appliesTo?: (filePath: string) => boolean;
}

export function remarkTextOnly(options: TextOnlyOptions = {}) {
  const appliesTo = options.appliesTo ?? isArticleFile;
  return (tree: Root, file: VFile) => {
    if (!file.path || !appliesTo(file.path)) return;
    visit(tree, (node) => {
      if (!CODE_NODES.has(node.type)) return;
      const line = node.position?.start.line ?? '?';
      throw new Error(
        `${file.path}:${line}: ${node.type} in an ingested article; articles must be text only (re-run ingest, or remove the code by hand)`,
      );
    });
  };
}
