/**
 * What the entity-link plugin needs of the archive, for build-time code that runs outside
 * Astro's content API: read every article's front matter from `content/articles/`, validate it
 * against the data contract, build the entity index once per process, and keep only each
 * report's link targets (the full data would be a second copy of the archive in memory for the
 * whole build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// js-yaml: the parser Astro itself reads front matter with, and several times faster than `yaml` here.
import { load } from 'js-yaml';
import { articleSchema } from '../contract/schema.ts';
import { buildEntityIndex, type ArticleInput, type EntityKind } from '../entities/index.ts';

/** One of a report's own entities, with the archive page its names link to. */
export interface LinkTarget {
  kind: EntityKind;
  /** The archive entity's slug (merged across reports). */
  slug: string;
  /** Every form the report uses: name, aliases and the text of each mention. */
  names: string[];
  /** Where the report names it, as body offsets. */
  mentions: { start: number; end: number }[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function readArticles(dir: string): ArticleInput[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  return files.map((file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const yaml = FRONT_MATTER.exec(text)?.[1];
    if (yaml === undefined) throw new Error(`${file}: no front matter`);
    const parsed = articleSchema.safeParse(load(yaml));
    if (!parsed.success) throw new Error(`${file}: front matter does not match the data contract: ${parsed.error.message}`);
    return { id: file.replace(/\.mdx$/, ''), data: parsed.data };
  });
}

/** Link targets of every report, by article id. People, places and organisations are linked; sources are not. */
export function linkTargets(articles: ArticleInput[]): Map<string, LinkTarget[]> {
  const entities = buildEntityIndex(articles);
  const out = new Map<string, LinkTarget[]>();
  for (const { id, data } of articles) {
    const links = entities.byArticle.get(id);
    if (!links) continue;
    const targets: LinkTarget[] = [];
    for (const [own, map] of [
      [data.people, links.people],
      [data.places, links.places],
      [data.organizations, links.organizations],
    ] as const) {
      for (const e of own) {
        const entity = map.get(e.slug);
        if (!entity) continue;
        targets.push({
          kind: entity.kind,
          slug: entity.slug,
          names: [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)],
          mentions: e.mentions.map(({ start, end }) => ({ start, end })),
        });
      }
    }
    out.set(id, targets);
  }
  return out;
}

const cache = new Map<string, { at: number; targets: Map<string, LinkTarget[]> }>();
/** In a long-running dev server, re-read after this long so new reports are linked. */
const DEV_FRESHNESS_MS = 2_000;

/** Link targets of the reports in `dir`, read once per build (and every few seconds in dev). */
export function diskLinkTargets(dir: string, now = Date.now()): Map<string, LinkTarget[]> {
  const hit = cache.get(dir);
  if (hit && (process.env['NODE_ENV'] === 'production' || now - hit.at < DEV_FRESHNESS_MS)) return hit.targets;
  const targets = linkTargets(readArticles(dir));
  cache.set(dir, { at: now, targets });
  return targets;
}
