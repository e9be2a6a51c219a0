/**
 * The archive's data as read from disk: every article's front matter in `content/articles/`,
 * validated against the data contract, once per build. The entity-link plugin (which runs
 * outside Astro's content API) and the pages (through `getArchive`) share it: the content
 * collection keeps only what rendering needs, so the full data is held once, not once in
 * Astro's content store, again in the bundle that serializes it, and again in each reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// js-yaml: the parser Astro itself reads front matter with, and several times faster than `yaml` here.
import { load } from 'js-yaml';
import { articleSchema } from '../contract/schema.ts';
import { buildEntityIndex, type ArticleInput, type EntityIndex, type EntityKind } from '../entities/index.ts';

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

function readArticles(dir: string): ArticleInput[] {
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
function linkTargets(articles: Iterable<ArticleInput>, entities: EntityIndex): Map<string, LinkTarget[]> {
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

interface DiskArchive {
  at: number;
  articles: Map<string, ArticleInput>;
  entities: EntityIndex | null;
  targets: Map<string, LinkTarget[]> | null;
}

/**
 * One cache per process, not per module instance: Astro loads this file once for the config (the
 * remark plugin, during the MDX build) and once more inside the bundled pages, in the same
 * process; sharing lets the pages reuse the parse the plugin already did.
 */
const cache = ((globalThis as Record<symbol, unknown>)[Symbol.for('report-archive.disk-archive')] ??= new Map()) as Map<string, DiskArchive>;
/** In a long-running dev server, re-read after this long so new and edited reports are seen. */
const DEV_FRESHNESS_MS = 2_000;

function diskArchive(dir: string): DiskArchive {
  const key = path.resolve(dir);
  const hit = cache.get(key);
  if (hit && (process.env['NODE_ENV'] === 'production' || Date.now() - hit.at < DEV_FRESHNESS_MS)) return hit;
  const articles = new Map(readArticles(dir).map((a) => [a.id, a]));
  // Fresh from when the read ended: a large archive takes longer to read than the freshness window.
  const archive: DiskArchive = { at: Date.now(), articles, entities: null, targets: null };
  cache.set(key, archive);
  return archive;
}

/** Every article's front matter in `dir`, validated, by id: read once per build (and every few seconds in dev). */
export function diskArticles(dir: string): Map<string, ArticleInput> {
  return diskArchive(dir).articles;
}

/**
 * The entity index of the reports in `dir`, built once per build (and every few seconds in dev).
 * One index for the links in report text and for the pages, so both always agree on every slug.
 */
export function diskEntityIndex(dir: string): EntityIndex {
  const archive = diskArchive(dir);
  archive.entities ??= buildEntityIndex([...archive.articles.values()]);
  return archive.entities;
}

/** Link targets of the reports in `dir`, computed once per build (and every few seconds in dev). */
export function diskLinkTargets(dir: string): Map<string, LinkTarget[]> {
  const archive = diskArchive(dir);
  archive.targets ??= linkTargets(archive.articles.values(), diskEntityIndex(dir));
  return archive.targets;
}
