/**
 * The machine-readable export: every report's metadata and the archive's
 * people and places, with stable ids (the page slugs), as plain JSON.
 */
import type { EntityIndex, PersonEntity, PlaceEntity } from '../entities/index.ts';
import type { ArchiveArticle } from './archive.ts';
import { articlePath, entityPath } from './routes.ts';
import { href } from './url.ts';

export const EXPORT_VERSION = 1;

export function archiveExport(articles: readonly Pick<ArchiveArticle, 'id' | 'data'>[], entities: EntityIndex) {
  return {
    version: EXPORT_VERSION,
    reports: articles.map(({ id, data }) => {
      const links = entities.byArticle.get(id)!;
      const ids = (own: { slug: string }[], map: Map<string, { slug: string }>) => [...new Set(own.map((e) => map.get(e.slug)?.slug).filter(Boolean))];
      return {
        id,
        url: href(articlePath(id)),
        title: data.title,
        date: data.date,
        datePrecision: data.datePrecision,
        dateline: data.dateline,
        seed: data.seed,
        sha256: data.sha256,
        wordCount: data.wordCount,
        sources: ids(data.sources, links.sources),
        people: ids(data.people, links.people),
        places: ids(data.places, links.places),
        organizations: ids(data.organizations, links.organizations),
      };
    }),
  };
}

export const peopleExport = (people: PersonEntity[]) => ({
  version: EXPORT_VERSION,
  people: people.map((p) => ({
    id: p.slug, url: href(entityPath('person', p.slug)), name: p.name, aliases: p.aliases,
    roles: [...new Set(p.roles.map((r) => r.role))], reports: p.articles.map((a) => a.id), firstSeen: p.firstSeen, lastSeen: p.lastSeen,
  })),
});

export const placesExport = (places: PlaceEntity[]) => ({
  version: EXPORT_VERSION,
  places: places.map((p) => ({
    id: p.slug, url: href(entityPath('place', p.slug)), name: p.name, kind: p.placeKind, aliases: p.aliases,
    province: p.province, lat: p.lat, lon: p.lon, reports: p.articles.map((a) => a.id),
  })),
});
