import { describe, expect, it } from 'vitest';
import type { ArticleData, Person, Place } from '../../src/contract/schema.ts';
import { buildEntityIndex, type ArticleInput } from '../../src/entities/index.ts';

const mention = (text: string, sentence = `${text} said so.`) => ({ text, start: 0, end: text.length, sentence });
const person = (name: string, slug: string, extra: Partial<Person> = {}): Person => ({ name, slug, aliases: [], mentions: [mention(name)], roles: [], ...extra });
const place = (name: string, kind: Place['kind'], slug = name.toLowerCase()): Place => ({ name, slug, kind, aliases: [], mentions: [mention(name)], province: null, lat: null, lon: null });

function article(id: string, date: string | null, data: Partial<ArticleData>): ArticleInput {
  return {
    id,
    data: {
      title: `Report ${id}`, titleDerived: false, seed: `seeds/${id}.txt`, sha256: '0'.repeat(64), date,
      datePrecision: date ? 'day' : 'unknown', dateEvidence: null, dateline: null, sources: [], people: [], places: [],
      organizations: [], quotes: [], events: [], figures: [], removed: [], wordCount: 10, sentences: [], ...data,
    },
  };
}

describe('buildEntityIndex', () => {
  const index = buildEntityIndex([
    article('a', '2021-06-21', {
      people: [person('Karim Mujahid', 'karim-mujahid', { roles: [{ role: 'spokesman', evidence: null }] }), person('Sadiq Rahmani', 'sadiq-rahmani')],
      places: [place('Lashkar', 'city'), place('Lashkar', 'province', 'lashkar-p')],
      quotes: [{ text: 'We hold the bridge.', start: 0, end: 5, speaker: 'karim-mujahid' }],
    }),
    article('b', '2021-08-09', { people: [person('Karim Mujahed', 'karim-mujahed'), person('Nasir Rahmani', 'nasir-rahmani')], places: [place('Lashkar', 'city')] }),
    article('c', null, { people: [person('Karim Mujahid', 'karim-mujahid')] }),
  ]);

  it('merges spelling variants into one person with the variant kept as an alias', () => {
    const karim = index.people.filter((p) => p.name.startsWith('Karim'));
    expect(karim).toHaveLength(1);
    expect(karim[0]).toMatchObject({ name: 'Karim Mujahid', aliases: ['Karim Mujahed'], firstSeen: '2021-06-21', lastSeen: '2021-08-09' });
    expect(karim[0]!.articles.map((a) => a.id)).toEqual(['b', 'a', 'c']);
    expect(karim[0]!.roles).toEqual([{ role: 'spokesman', article: { id: 'a', title: 'Report a', date: '2021-06-21' }, sentence: null }]);
    expect(karim[0]!.quotes.map((q) => q.text)).toEqual(['We hold the bridge.']);
  });

  it('never merges two people on a shared surname', () => {
    expect(index.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Sadiq Rahmani', 'Nasir Rahmani']));
  });

  it('keeps a city and a province of one name apart, with distinct slugs', () => {
    const lashkar = index.places.filter((p) => p.name === 'Lashkar');
    expect(lashkar.map((p) => [p.placeKind, p.slug, p.articles.length])).toEqual(
      expect.arrayContaining([['city', 'lashkar', 2], ['province', 'lashkar-province', 1]]),
    );
  });

  it('maps each report’s own slugs to the archive entity', () => {
    expect(index.byArticle.get('b')!.people.get('karim-mujahed')!.slug).toBe('karim-mujahid');
  });

  it('ranks related reports by shared people and places', () => {
    expect(index.relatedArticles.get('a')!.map((r) => [r.article.id, r.shared])).toEqual([['b', 2], ['c', 1]]);
  });

  it('gives every entity a slug unique across kinds', () => {
    const slugs = [...index.people, ...index.places, ...index.organizations, ...index.sources].map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});
