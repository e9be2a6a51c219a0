/**
 * remark plugin: links the names in an article's text to their archive pages.
 *
 * Driven by the report's extracted mentions (front matter), not by a global
 * name list, so a curation change relinks on the next build. Each entity is
 * linked at its first mention; text already inside a link is left alone.
 * A match is linked when it is exactly a recorded mention (same offset in the
 * body), or, if the body was edited by hand and offsets moved, when the
 * words name exactly one of the report's entities.
 *
 * In:  paragraphs of plain text.  Out: the same text, some of it in links.
 */
import path from 'node:path';
import type { Link, Paragraph, Root, Text } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import { diskLinkTargets, type LinkTarget } from './entity-store.ts';
import { entityPath } from './routes.ts';

export interface EntityLinkOptions {
  /** Folder of the article MDX files. */
  articlesDir: string;
  /** Site base path, e.g. `/` or `/archive/`. */
  base: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pageOf = (t: LinkTarget) => entityPath(t.kind, t.slug);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `text.slice(start, end)` is not part of a longer word (letters and digits of any script). */
function atWordBoundaries(text: string, start: number, end: number): boolean {
  const before = start > 0 ? String.fromCodePoint(text.codePointAt(start - 1)!) : '';
  // A low surrogate before `start` is the second half of a character: read the whole pair.
  const previous = /[\uDC00-\uDFFF]/.test(before) && start > 1 ? String.fromCodePoint(text.codePointAt(start - 2)!) : before;
  const next = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
  return !WORD_CHAR.test(previous) && !WORD_CHAR.test(next);
}

export function remarkEntityLinks(options: EntityLinkOptions) {
  const base = options.base.replace(/\/?$/, '/');
  return (tree: Root, file: VFile) => {
    if (!file.path || path.dirname(file.path) !== path.resolve(options.articlesDir)) return;
    const targets = diskLinkTargets(options.articlesDir).get(path.basename(file.path, '.mdx'));
    if (!targets) return;

    // Two of the report's own entities may be one archive entity (merged spellings): key by page.
    const atOffset = new Map<number, { end: number; target: LinkTarget }>();
    const byName = new Map<string, Map<string, LinkTarget>>();
    for (const target of targets) {
      for (const mention of target.mentions) atOffset.set(mention.start, { end: mention.end, target });
      for (const name of target.names) {
        const pages = byName.get(name) ?? new Map<string, LinkTarget>();
        pages.set(pageOf(target), target);
        byName.set(name, pages);
      }
    }
    if (byName.size === 0) return;

    // Offsets in the front matter count paragraphs joined by "\n\n".
    const paragraphStart = new Map<Paragraph, number>();
    let offset = 0;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      paragraphStart.set(node, offset);
      offset += node.children.reduce((n, c) => n + (c.type === 'text' ? c.value.length : 0), 0) + 2;
    }

    const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // Word boundaries are checked in the callback: Unicode classes inside this per-report
    // pattern made compiling it the plugin's main cost (about 1.6 ms a report at 5000 reports).
    // (A longer name failing the check at a position hides a shorter one starting there; that
    // one is then linked at its next mention.)
    const pattern = new RegExp(names.join('|'), 'gu');
    const linked = new Set<string>();
    findAndReplace(
      tree,
      [
        pattern,
        (value: string, match: RegExpMatchObject): Link | false => {
          if (!atWordBoundaries(match.input, match.index, match.index + value.length)) return false;
          const paragraph = match.stack.find((n): n is Paragraph => n.type === 'paragraph');
          const text = match.stack.at(-1) as Text | undefined;
          const start = paragraph && text && paragraph.children[0] === text ? (paragraphStart.get(paragraph) ?? -1) + match.index : -1;
          const exact = atOffset.get(start);
          const candidates = byName.get(value);
          const target = exact && exact.end === start + value.length ? exact.target : candidates?.size === 1 ? [...candidates.values()][0]! : undefined;
          if (!target || linked.has(pageOf(target))) return false;
          linked.add(pageOf(target));
          return {
            type: 'link',
            url: base + pageOf(target),
            data: { hProperties: { className: ['entity', `entity-${target.kind}`] } },
            children: [{ type: 'text', value }],
          };
        },
      ],
      { ignore: ['link', 'linkReference'] },
    );
  };
}
