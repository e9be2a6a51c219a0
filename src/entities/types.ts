/** The cross-report view of the archive: one record per person, place, organisation, source. */
import type { ArticleData, PlaceKind } from '../contract/schema.ts';

export type EntityKind = 'person' | 'place' | 'organization' | 'source';

/** A report as the entity pages need it. */
export interface ArticleRef {
  id: string;
  title: string;
  date: string | null;
}

/** A sentence of a report that names the entity, with the matched words. */
export interface Sighting {
  article: ArticleRef;
  sentence: string;
  /** The words naming the entity in `sentence` (to highlight). */
  text: string;
}

export interface Related {
  kind: EntityKind;
  slug: string;
  name: string;
  /** For places: city, district, province… (a city and a province may share a name). */
  placeKind?: PlaceKind;
  /** Reports the two share. */
  count: number;
}

export interface Entity {
  kind: EntityKind;
  /** Canonical slug, unique across all kinds. */
  slug: string;
  name: string;
  /** Every other form any report uses. */
  aliases: string[];
  /** Reports naming the entity, newest first. */
  articles: ArticleRef[];
  sightings: Sighting[];
  /** People and places named in the same reports, most shared first. */
  related: Related[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface PersonEntity extends Entity {
  kind: 'person';
  roles: { role: string; article: ArticleRef; sentence: string | null }[];
  quotes: { text: string; article: ArticleRef }[];
}

export interface PlaceEntity extends Entity {
  kind: 'place';
  placeKind: PlaceKind;
  province: string | null;
  lat: number | null;
  lon: number | null;
}

export interface OrganizationEntity extends Entity {
  kind: 'organization';
}
export interface SourceEntity extends Entity {
  kind: 'source';
}

export type AnyEntity = PersonEntity | PlaceEntity | OrganizationEntity | SourceEntity;

/** How one report's own entity (by its per-report slug) maps to the archive's entity. */
export interface ArticleLinks {
  people: Map<string, PersonEntity>;
  places: Map<string, PlaceEntity>;
  organizations: Map<string, OrganizationEntity>;
  sources: Map<string, SourceEntity>;
}

export interface EntityIndex {
  people: PersonEntity[];
  places: PlaceEntity[];
  organizations: OrganizationEntity[];
  sources: SourceEntity[];
  /** Per article id: its entities as archive entities. */
  byArticle: Map<string, ArticleLinks>;
  /**
   * Old or other slugs that should lead to an entity's page: the slugs its other
   * spellings would have had (e.g. before a curation merge). Never an existing page's slug.
   */
  redirects: Map<string, AnyEntity>;
  /** Other reports sharing people and places with each report, best first. */
  relatedArticles: Map<string, { article: ArticleRef; shared: number }[]>;
}

export interface ArticleInput {
  id: string;
  data: ArticleData;
}
