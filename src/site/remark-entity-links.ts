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
import type { AnyEntity, ArticleLinks } from '../entities/index.ts';
import type { ArticleData, Evidence } from '../contract/schema.ts';
import { diskArchive } from './entity-store.ts';
import { entityPath } from './routes.ts';

export interface EntityLinkOptions {
  /** Folder of the article MDX files. */
  articlesDir: string;
  /** Site base path, e.g. `/` or `/archive/`. */
  base: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A report's own record of an entity: the names it uses and where. */
type OwnEntity = { name: string; slug: string; aliases: string[]; mentions: Evidence[] };

/** Every (per-report entity, archive entity) pair of one report. */
function pairs(data: ArticleData, links: ArticleLinks): [OwnEntity, AnyEntity][] {
  const out: [OwnEntity, AnyEntity][] = [];
  const add = (own: OwnEntity[], map: Map<string, AnyEntity>) => {
    for (const e of own) {
      const entity = map.get(e.slug);
      if (entity) out.push([e, entity]);
    }
  };
  add(data.people, links.people);
  add(data.places, links.places);
  add(data.organizations, links.organizations);
  return out;
}

export function remarkEntityLinks(options: EntityLinkOptions) {
  const base = options.base.replace(/\/?$/, '/');
  return (tree: Root, file: VFile) => {
    if (!file.path || path.dirname(file.path) !== path.resolve(options.articlesDir)) return;
    const archive = diskArchive(options.articlesDir);
    const id = path.basename(file.path, '.mdx');
    const article = archive.articles.get(id);
    const links = archive.entities.byArticle.get(id);
    if (!article || !links) return;

    const atOffset = new Map<number, { end: number; entity: AnyEntity }>();
    const byName = new Map<string, Set<AnyEntity>>();
    for (const [own, entity] of pairs(article.data, links)) {
      for (const mention of own.mentions) atOffset.set(mention.start, { end: mention.end, entity });
      for (const name of [own.name, ...own.aliases, ...own.mentions.map((m) => m.text)]) {
        const set = byName.get(name) ?? new Set();
        set.add(entity);
        byName.set(name, set);
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
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const linked = new Set<AnyEntity>();
    findAndReplace(
      tree,
      [
        pattern,
        (value: string, match: RegExpMatchObject): Link | false => {
          const paragraph = match.stack.find((n): n is Paragraph => n.type === 'paragraph');
          const text = match.stack.at(-1) as Text | undefined;
          const start = paragraph && text && paragraph.children[0] === text ? (paragraphStart.get(paragraph) ?? -1) + match.index : -1;
          const exact = atOffset.get(start);
          const candidates = byName.get(value);
          const entity = exact && exact.end === start + value.length ? exact.entity : candidates?.size === 1 ? [...candidates][0]! : undefined;
          if (!entity || linked.has(entity)) return false;
          linked.add(entity);
          return {
            type: 'link',
            url: base + entityPath(entity.kind, entity.slug),
            data: { hProperties: { className: ['entity', `entity-${entity.kind}`] } },
            children: [{ type: 'text', value }],
          };
        },
      ],
      { ignore: ['link', 'linkReference'] },
    );
  };
}
