/**
 * Derives the archive's people, places, organisations and sources from all
 * articles at once. Pure, and meant to run once per build: every page reads
 * the same index instead of recomputing it (which would make builds quadratic).
 */
import { sentenceOf, type ArticleData, type Evidence, type Person, type Place } from '../contract/schema.ts';
import { fold } from '../extract/fold.ts';
import { sameName } from '../extract/names.ts';
import { slugify } from '../extract/slug.ts';
import type {
  AnyEntity, ArticleInput, ArticleLinks, ArticleRef, Entity, EntityIndex, EntityKind,
  OrganizationEntity, PersonEntity, PlaceEntity, Related, Sighting, SourceEntity,
} from './types.ts';

interface Occurrence<T> {
  article: ArticleInput;
  item: T;
}

const newestFirst = (a: ArticleRef, b: ArticleRef) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title);

/** The name most reports use; ties go to the longer, then the alphabetically first. */
function canonicalName(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
}

function distinctAliases(canonical: string, forms: Iterable<string>): string[] {
  const seen = new Set([fold(canonical)]);
  const out: string[] = [];
  for (const form of forms) {
    const key = fold(form);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(form);
  }
  return out.sort((a, b) => a.localeCompare(b));
}

function sightingsOf(occurrences: Occurrence<{ mentions: Evidence[] }>[], ref: (a: ArticleInput) => ArticleRef): Sighting[] {
  const out: Sighting[] = [];
  for (const { article, item } of occurrences) {
    const seen = new Set<string>();
    for (const mention of item.mentions) {
      const sentence = sentenceOf(article.data, mention);
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      out.push({ article: ref(article), sentence, text: mention.text });
    }
  }
  return out;
}

function dateRange(articles: ArticleRef[]): { firstSeen: string | null; lastSeen: string | null } {
  const dates = articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  return { firstSeen: dates[0] ?? null, lastSeen: dates.at(-1) ?? null };
}

interface Group<T> {
  members: Occurrence<T>[];
  /** One member per distinct `identity`: `same` is decided by identity alone, so the others need no comparing. */
  representatives: Map<string, T>;
}

/**
 * Groups occurrences that name one thing: each joins the first group holding a member it is
 * `same` as. `key` must be equal for any two that may match; `identity` must be equal for any
 * two that `same` treats alike (a person's name). Comparing against distinct identities only keeps
 * a block of a popular name linear in its occurrences instead of quadratic.
 */
function cluster<T>(
  occurrences: Occurrence<T>[],
  key: (o: Occurrence<T>) => string,
  identity: (item: T) => string,
  same: (a: T, b: T) => boolean,
): Occurrence<T>[][] {
  const blocks = new Map<string, Group<T>[]>();
  for (const occurrence of occurrences) {
    const groups = blocks.get(key(occurrence)) ?? [];
    blocks.set(key(occurrence), groups);
    const id = identity(occurrence.item);
    const home = groups.find((g) => [...g.representatives.values()].some((r) => same(r, occurrence.item)));
    if (home) {
      home.members.push(occurrence);
      if (!home.representatives.has(id)) home.representatives.set(id, occurrence.item);
    } else groups.push({ members: [occurrence], representatives: new Map([[id, occurrence.item]]) });
  }
  return [...blocks.values()].flat().map((g) => g.members);
}

/** Blocking key for people: spelling variants keep the token count and each token's first letter (k~q). */
const personBlock = (name: string) => fold(name).split(' ').map((t) => (t[0] === 'k' ? 'q' : t[0])).join('');

export function buildEntityIndex(articles: readonly ArticleInput[]): EntityIndex {
  const refs = new Map(articles.map((a) => [a.id, { id: a.id, title: a.data.title, date: a.data.date } satisfies ArticleRef]));
  const ref = (a: ArticleInput) => refs.get(a.id)!;
  const occurrences = <K extends 'people' | 'places' | 'organizations' | 'sources'>(field: K) =>
    articles.flatMap((article) => (article.data[field] as ArticleData[K]).map((item) => ({ article, item }) as Occurrence<ArticleData[K][number]>));

  const base = (kind: EntityKind, group: Occurrence<{ name: string; aliases: string[]; mentions: Evidence[] }>[]): Entity => {
    const name = canonicalName(group.map((o) => o.item.name));
    const list = [...new Map(group.map((o) => [o.article.id, ref(o.article)])).values()].sort(newestFirst);
    return {
      kind, slug: '', name,
      aliases: distinctAliases(name, group.flatMap((o) => [o.item.name, ...o.item.aliases])),
      articles: list, sightings: sightingsOf(group, ref), related: [], ...dateRange(list),
    };
  };

  const personGroups = cluster(occurrences('people'), (o) => personBlock(o.item.name), (p: Person) => p.name, (a: Person, b: Person) => sameName(a.name, b.name));
  const people: [PersonEntity, typeof personGroups[number]][] = personGroups.map((group) => {
    const entity: PersonEntity = {
      ...base('person', group), kind: 'person',
      roles: group.flatMap((o) => o.item.roles.map((r) => ({ role: r.role, article: ref(o.article), sentence: r.evidence ? sentenceOf(o.article.data, r.evidence) : null }))),
      quotes: group.flatMap((o) => o.article.data.quotes.filter((q) => q.speaker === o.item.slug).map((q) => ({ text: q.text, article: ref(o.article) }))),
    };
    return [entity, group];
  });

  const placeGroups = cluster(occurrences('places'), (o) => `${fold(o.item.name)}|${o.item.kind}`, () => '', () => true);
  const places: [PlaceEntity, typeof placeGroups[number]][] = placeGroups.map((group) => {
    const known = (f: (p: Place) => string | number | null) => group.map((o) => f(o.item)).find((v) => v !== null) ?? null;
    const entity: PlaceEntity = {
      ...base('place', group), kind: 'place', placeKind: group[0]!.item.kind,
      province: known((p) => p.province) as string | null, lat: known((p) => p.lat) as number | null, lon: known((p) => p.lon) as number | null,
    };
    return [entity, group];
  });

  const simple = <K extends 'organization' | 'source'>(kind: K, field: 'organizations' | 'sources') =>
    cluster(occurrences(field), (o) => fold(o.item.name), () => '', () => true).map(
      (group) => [{ ...base(kind, group), kind }, group] as [K extends 'organization' ? OrganizationEntity : SourceEntity, typeof group],
    );
  const organizations = simple('organization', 'organizations');
  const sources = simple('source', 'sources');

  assignSlugs([...people, ...places, ...organizations, ...sources].map(([entity]) => entity));

  // Per article: its own slugs → archive entities.
  const byArticle = new Map<string, ArticleLinks>(articles.map((a) => [a.id, { people: new Map(), places: new Map(), organizations: new Map(), sources: new Map() }]));
  const link = <E extends AnyEntity>(pairs: [E, Occurrence<{ slug: string }>[]][], field: keyof ArticleLinks) => {
    for (const [entity, group] of pairs) for (const { article, item } of group) (byArticle.get(article.id)![field] as Map<string, E>).set(item.slug, entity);
  };
  link(people, 'people');
  link(places, 'places');
  link(organizations, 'organizations');
  link(sources, 'sources');

  const all = [...people, ...places, ...organizations, ...sources].map(([entity]) => entity);
  addRelated(articles, byArticle);
  const sortByName = <E extends Entity>(list: [E, unknown][]) => list.map(([e]) => e).sort((a, b) => a.name.localeCompare(b.name));
  return {
    people: sortByName(people), places: sortByName(places),
    organizations: sortByName(organizations), sources: sortByName(sources),
    byArticle, relatedArticles: relatedReports(articles, byArticle, refs), redirects: redirectSlugs(all),
  };
}

/**
 * Place kinds whose name alone could be mistaken for a settlement's ("Kunduz" the province):
 * their slugs and labels carry the kind.
 */
export const isQualifiedPlaceKind = (kind: string | undefined): boolean => kind === 'district' || kind === 'province' || kind === 'region';

/** The slug an entity of this kind and name would get, before collisions. */
function baseSlug(entity: Entity, name: string): string {
  const placeKind = (entity as Partial<PlaceEntity>).placeKind;
  return slugify(isQualifiedPlaceKind(placeKind) ? `${name} ${placeKind}` : name);
}

/**
 * Slugs of other spellings, so links made before a merge or under another
 * spelling keep working. A person's one-word short form ("Rahmani") is never
 * used: it could be anyone's. A slug two entities could claim is left out.
 */
function redirectSlugs(entities: AnyEntity[]): Map<string, AnyEntity> {
  const taken = new Set(entities.map((e) => e.slug));
  const claims = new Map<string, Set<AnyEntity>>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      if (entity.kind === 'person' && !/\s/.test(alias.trim())) continue;
      const slug = baseSlug(entity, alias);
      if (taken.has(slug)) continue;
      claims.set(slug, (claims.get(slug) ?? new Set()).add(entity));
    }
  }
  return new Map([...claims].filter(([, owners]) => owners.size === 1).map(([slug, owners]) => [slug, [...owners][0]!]));
}

/** Readable slugs, unique across every kind: a district and a city of one name must not share a URL. */
function assignSlugs(entities: Entity[]): void {
  const taken = new Set<string>();
  const sorted = [...entities].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  for (const entity of sorted) {
    let slug = baseSlug(entity, entity.name);
    if (taken.has(slug)) slug = `${slug}-${entity.kind}`;
    for (let n = 2; taken.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
    taken.add(slug);
    entity.slug = slug;
  }
}

/**
 * Entities named in more reports than this say little about how two reports relate. Capped, so
 * finding related reports stays linear in the archive (each report looks at most this many others
 * per entity) instead of growing with it.
 */
const commonThreshold = (total: number) => Math.min(50, Math.max(20, Math.ceil(total / 20)));

function peopleAndPlaces(links: ArticleLinks): Entity[] {
  return [...new Set<Entity>([...links.people.values(), ...links.places.values()])];
}

function addRelated(articles: readonly ArticleInput[], byArticle: Map<string, ArticleLinks>): void {
  const counts = new Map<Entity, Map<Entity, number>>();
  for (const article of articles) {
    const together = peopleAndPlaces(byArticle.get(article.id)!);
    for (const a of together) {
      const row = counts.get(a) ?? new Map<Entity, number>();
      counts.set(a, row);
      if (together.length > 200) continue; // a list, not a report: co-occurrence means nothing
      for (const b of together) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  for (const [entity, row] of counts) {
    entity.related = [...row]
      .sort((x, y) => y[1] - x[1] || x[0].name.localeCompare(y[0].name))
      .slice(0, 12)
      .map(([other, count]): Related => {
        const placeKind = (other as Partial<PlaceEntity>).placeKind;
        return { kind: other.kind, slug: other.slug, name: other.name, ...(placeKind ? { placeKind } : {}), count };
      });
  }
}

function relatedReports(articles: readonly ArticleInput[], byArticle: Map<string, ArticleLinks>, refs: Map<string, ArticleRef>) {
  const limit = commonThreshold(articles.length);
  const result = new Map<string, { article: ArticleRef; shared: number }[]>();
  for (const article of articles) {
    const shared = new Map<string, number>();
    for (const entity of peopleAndPlaces(byArticle.get(article.id)!)) {
      if (entity.articles.length > limit) continue;
      for (const other of entity.articles) if (other.id !== article.id) shared.set(other.id, (shared.get(other.id) ?? 0) + 1);
    }
    result.set(
      article.id,
      [...shared]
        .map(([id, count]) => ({ article: refs.get(id)!, shared: count }))
        .sort((a, b) => b.shared - a.shared || newestFirst(a.article, b.article))
        .slice(0, 5),
    );
  }
  return result;
}
