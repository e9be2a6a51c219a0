/**
 * The archive's data contract: the front matter of every `content/articles/*.mdx`.
 *
 * Ingest writes it, the content collection validates it at build time, and the
 * site reads it. Later work may add fields; it must not rename or remove one.
 * All offsets are UTF-16 code-unit offsets into the article's plain `body`
 * text: the cleaned report, paragraphs joined by one blank line ("\n\n").
 *
 * Evidence names its sentence by index into the article's `sentences` (each quoted sentence
 * is stored once, however many facts it supports): read it with `sentenceOf`.
 */
import { z } from 'astro/zod';

/** A stretch of the body text: `body.slice(start, end)`. */
export const span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/**
 * The sentence a fact came from: an index into the article's `sentences` (as ingest writes it),
 * or the sentence itself (accepted, so a hand editor may write the text in place).
 */
export const sentenceRef = z.union([z.number().int().nonnegative(), z.string()]);

/** Where a fact came from: the matched text, its offsets, and the whole sentence. */
export const evidence = z.object({
  /** The words that matched, exactly as in the body. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The full sentence containing the match, as in the body (see `sentenceRef`). */
  sentence: sentenceRef,
});

const entityBase = {
  /** Display name, the fullest form the report gives, without titles. */
  name: z.string().min(1),
  /** URL-safe id, unique within its kind in this report (the site merges across reports). */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Other forms of the name used in this report (short forms, spellings, titled forms). */
  aliases: z.array(z.string()).default([]),
  /** Every place in the body where the entity is named. */
  mentions: z.array(evidence).default([]),
};

/** A role a report gives a person ("Taliban spokesman"), with the sentence that says so. */
export const role = z.object({ role: z.string().min(1), evidence: evidence.nullable().default(null) });

/** A direct quotation and who said it (a person's slug in this report, or null when unattributed). */
export const quote = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  speaker: z.string().nullable(),
});

export const person = z.object({ ...entityBase, roles: z.array(role).default([]) });

export const placeKind = z.enum(['city', 'town', 'district', 'province', 'country', 'region']);
export const place = z.object({
  ...entityBase,
  kind: placeKind,
  /** Province (first-level division) of a settlement or district, when known. */
  province: z.string().nullable().default(null),
  /** WGS84 coordinates from the gazetteer, when known. */
  lat: z.number().nullable().default(null),
  lon: z.number().nullable().default(null),
});

export const organization = z.object({ ...entityBase });
/** An agency or outlet the report credits ("told AFP", "With reporting by Reuters"). */
export const source = z.object({ ...entityBase });

export const datePrecision = z.enum(['day', 'month', 'year', 'unknown']);

/** What happened to a place: captured (also seized, overran, fell, taken), stormed, entered, attacked, surrounded, retaken. */
export const eventAction = z.enum(['captured', 'stormed', 'entered', 'attacked', 'surrounded', 'retaken']);
/** How the report holds the event: stated as fact, claimed by a party, denied, or only planned. */
export const eventStatus = z.enum(['asserted', 'claimed', 'denied', 'planned']);

/** An event of control or violence at a place, from one sentence of the report. */
export const event = z.object({
  action: eventAction,
  /** Who did it, as the text names them ("Taliban insurgents", "militants"); null when unnamed. */
  actor: z.string().nullable().default(null),
  /** The organisation's slug in this report when the actor is one (generic "militants" → the report's Taliban); else null. */
  actorSlug: z.string().nullable().default(null),
  /** Slug of the place in this report's `places`. */
  place: z.string().min(1),
  /** The place's display name, as in `places`. */
  placeName: z.string().min(1),
  /** When it happened, resolved against the report's date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when the text does not say or the report's date is too vague to resolve it. */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .nullable()
    .default(null),
  /** Agrees with the shape of `date`. */
  datePrecision: datePrecision.default('unknown'),
  /** The words that date it ("on Friday", "one year ago"), even when unresolved; null when none. */
  when: z.string().nullable().default(null),
  status: eventStatus,
  /** The trigger words ("have captured", "fell") with offsets, and the sentence. */
  evidence,
});

export const figureKind = z.enum(['killed', 'wounded', 'displaced', 'surrounded', 'captured']);
/** Who a figure is attributed to: a person or organisation of this report, by slug. */
export const attribution = z.object({ kind: z.enum(['person', 'organization']), slug: z.string().min(1), name: z.string().min(1) });

/** A number of people killed, wounded…, as one source's claim; figures are never summed. */
export const figure = z.object({
  /** The number as written ("at least 70", "Twelve", "hundreds more"). */
  text: z.string().min(1),
  /** Its value (70, 12); null for vague quantities ("hundreds"). */
  value: z.number().nonnegative().nullable(),
  /** The qualifier as a word: exact, at-least, about, more-than, up-to. */
  qualifier: z.enum(['exact', 'at-least', 'about', 'more-than', 'up-to']).default('exact'),
  kind: figureKind,
  /** Who is counted ("Afghan forces", "people"); null when the text does not say. */
  counted: z.string().nullable().default(null),
  /** Who said it; null when the report does not name a person or organisation ("officials said"). */
  saidBy: attribution.nullable().default(null),
  /** Slug of a place of this report named in the same sentence, when there is one. */
  place: z.string().nullable().default(null),
  /** The number's words with offsets, and the sentence. */
  evidence,
});

/** A line ingest removed as web junk, and which rule removed it. */
export const removedLine = z.object({ rule: z.string(), text: z.string() });

const articleFields = z.object({
  /** Headline; when the report has none, the first sentence shortened. */
  title: z.string().min(1),
  /** True when the report had no headline and `title` was derived from the text. */
  titleDerived: z.boolean().default(false),
  /** The seed file this page came from, relative to the project: `seeds/<name>.txt`. */
  seed: z.string().min(1),
  /** SHA-256 (hex) of the seed file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The report's date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when the text does not pin it. */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .nullable(),
  /** How much of `date` the text establishes. Always agrees with the shape of `date`. */
  datePrecision,
  /** The sentence that fixes the date and the reasoning from it; null when there is none. */
  dateEvidence: z.object({ sentence: z.string(), reasoning: z.string() }).nullable().default(null),
  /** The place the report was filed from ("KUNDUZ - …"), as written; null when absent. */
  dateline: z.string().nullable(),
  sources: z.array(source).default([]),
  people: z.array(person).default([]),
  places: z.array(place).default([]),
  organizations: z.array(organization).default([]),
  quotes: z.array(quote).default([]),
  /** Events of control and violence (captured, attacked…), each from its sentence, in body order. */
  events: z.array(event).default([]),
  /** Casualty and displacement figures, each attributed as the report attributes it, in body order. */
  figures: z.array(figure).default([]),
  /** Junk ingest took out of the report (video notices, disclaimers, headline suffixes). */
  removed: z.array(removedLine).default([]),
  /** Words in the body. */
  wordCount: z.number().int().nonnegative(),
  /** The sentences evidence quotes, each once, in body order; evidence refers to them by index. */
  sentences: z.array(z.string()).default([]),
});

/**
 * Every piece of evidence in an article. `mapEvidence` below must visit the same places: a new
 * kind of evidence goes into both.
 */
export function* allEvidence(data: Pick<z.infer<typeof articleFields>, 'sources' | 'people' | 'places' | 'organizations' | 'events' | 'figures'>): Generator<Evidence> {
  for (const list of [data.sources, data.people, data.places, data.organizations]) for (const entity of list) yield* entity.mentions;
  for (const person of data.people) for (const role of person.roles) if (role.evidence) yield role.evidence;
  for (const event of data.events) yield event.evidence;
  for (const figure of data.figures) yield figure.evidence;
}

/** A copy of the article with each piece of evidence replaced by `f(evidence)`; everything else is shared. */
export function mapEvidence(data: ArticleData, f: (evidence: Evidence) => Evidence): ArticleData {
  const entities = <T extends { mentions: Evidence[] }>(list: T[]): T[] => list.map((x) => ({ ...x, mentions: x.mentions.map(f) }));
  return {
    ...data,
    sources: entities(data.sources),
    people: entities(data.people).map((p) => ({ ...p, roles: p.roles.map((r) => (r.evidence ? { ...r, evidence: f(r.evidence) } : r)) })),
    places: entities(data.places),
    organizations: entities(data.organizations),
    events: data.events.map((e) => ({ ...e, evidence: f(e.evidence) })),
    figures: data.figures.map((x) => ({ ...x, evidence: f(x.evidence) })),
  };
}

export const articleSchema = articleFields.superRefine((data, ctx) => {
  for (const evidence of allEvidence(data)) {
    if (typeof evidence.sentence === 'number' && evidence.sentence >= data.sentences.length) {
      ctx.addIssue({
        code: 'custom',
        message: `evidence "${evidence.text}" refers to sentence ${evidence.sentence}, but \`sentences\` has ${data.sentences.length}`,
      });
      return;
    }
  }
});

/** The sentence of a piece of evidence, as text. */
export function sentenceOf(article: { sentences: readonly string[] }, evidence: Pick<Evidence, 'sentence'>): string {
  return typeof evidence.sentence === 'number' ? (article.sentences[evidence.sentence] ?? '') : evidence.sentence;
}

export type ArticleData = z.infer<typeof articleSchema>;
export type Evidence = z.infer<typeof evidence>;
export type Person = z.infer<typeof person>;
export type Place = z.infer<typeof place>;
export type PlaceKind = z.infer<typeof placeKind>;
export type Organization = z.infer<typeof organization>;
export type Source = z.infer<typeof source>;
export type Quote = z.infer<typeof quote>;
export type Role = z.infer<typeof role>;
export type DatePrecision = z.infer<typeof datePrecision>;
export type Event = z.infer<typeof event>;
export type EventAction = z.infer<typeof eventAction>;
export type EventStatus = z.infer<typeof eventStatus>;
export type Figure = z.infer<typeof figure>;
export type FigureKind = z.infer<typeof figureKind>;
