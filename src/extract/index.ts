/**
 * Metadata extraction for one report: people, places, organisations, sources, quotes and the
 * report's date, each fact with the sentence it came from. Pure and synchronous; rules only,
 * backed by the committed gazetteer and the documented lists (orgs-list.ts, dated-facts.ts).
 */
import type { Event, Figure } from '../contract/schema.ts';
import { splitSentences } from './sentences.ts';
import { findOrgHits, buildOrganizations } from './orgs.ts';
import { findPeople } from './people.ts';
import { findPlaces } from './places.ts';
import { findSources } from './sources.ts';
import { findQuotes } from './quotes.ts';
import { findDate } from './dates.ts';
import { curateInPlace, type Curatable, type Curation } from './curation.ts';
import { findEvents } from './events.ts';
import { findFigures } from './figures.ts';

export type { Curation } from './curation.ts';
export { parseCuration, applyCuration } from './curation.ts';
export { sameName } from './names.ts';
export { slugify } from './slug.ts';

export interface ExtractInput {
  title: string | null;
  dateline: string | null;
  body: string;
}

export interface Extraction extends Curatable {
  /** Events of control and violence, computed after curation so they use the final slugs and date. */
  events: Event[];
  /** Attributed casualty and displacement figures. */
  figures: Figure[];
}

export interface ExtractOptions {
  curation?: Curation;
  /** The seed's file name, for the curation's per-report date override. */
  fileName?: string;
}

/** A test for "does [s, e) touch any of these spans", via a mask over the body (called per word). */
function overlaps(length: number, spans: { start: number; end: number }[]): (s: number, e: number) => boolean {
  const mask = new Uint8Array(length + 1);
  for (const x of spans) mask.fill(1, x.start, x.end);
  return (s, e) => {
    for (let i = s; i < e; i++) if (mask[i]) return true;
    return false;
  };
}

export function extract(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  const { body } = input;
  const sentences = splitSentences(body);
  const orgHits = findOrgHits(body, sentences);
  const people = findPeople(body, sentences, { blocked: overlaps(body.length, orgHits) });
  const taken = [...orgHits, ...people.flatMap((p) => p.mentions)];
  const places = findPlaces(body, sentences, { dateline: input.dateline, blocked: overlaps(body.length, taken) });
  const result: Omit<Extraction, 'events' | 'figures'> = {
    ...findDate(sentences, people),
    people,
    places,
    organizations: buildOrganizations(body, sentences, orgHits),
    sources: findSources(body, sentences, orgHits),
    quotes: findQuotes(body, people),
  };
  // `result` is this call's own: curate it in place rather than copy it.
  const x = options.curation ? curateInPlace(result, options.curation, options.fileName ?? null) : result;
  return { ...x, events: findEvents(body, sentences, x), figures: findFigures(body, sentences, x) };
}
