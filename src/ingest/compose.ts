/**
 * Composes an article file: YAML front matter (the data contract) and the MDX body.
 */
import { dump } from 'js-yaml';
import type { ArticleData } from '../contract/schema.ts';
import { paragraphsToMdx } from './mdx.ts';
import { withSentenceTable } from './sentences.ts';

/** A seed name as it may appear in a YAML comment: quoted when it holds a line break or control character. */
const commentSafe = (seed: string) =>
  /[\p{Cc}\u2028\u2029]/u.test(seed)
    ? JSON.stringify(seed).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : seed;

const HEADER = (seed: string) =>
  `# Written by \`npm run ingest\` from ${commentSafe(seed)}. You may edit this file by hand:\n` +
  `# ingest notices the edit and never overwrites it (delete the file to regenerate it).\n`;

export function composeArticle(data: ArticleData, paragraphs: readonly string[]): string {
  // Written by js-yaml, the library Astro reads it with (and several times faster than `yaml`).
  // lineWidth -1: never fold long strings, so a hand editor sees each value on one line.
  // Every string double-quoted: a plain 2021-08-15 would read back as a date and 0o17 as a number.
  // noRefs: repeated values are written out, never as YAML anchors a hand editor would trip over.
  // flowLevel 4: each mention and role is one line (`- { text: "Kunduz", start: 10, end: 16, sentence: 0 }`).
  const frontMatter = dump(withSentenceTable(data), { lineWidth: -1, noRefs: true, forceQuotes: true, quotingType: '"', flowLevel: 4 });
  return `---\n${HEADER(data.seed)}${frontMatter}---\n\n${paragraphsToMdx(paragraphs)}`;
}
