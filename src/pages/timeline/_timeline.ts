/**
 * The archive's events as one timeline: every report's `events`, tied to the archive's place and
 * organisation pages, computed once per build (like the entity index) and shared by the timeline,
 * place and report pages. Events keep the date their report's text supports; undated ones are listed
 * apart, under their report's date, never placed on a guessed day.
 */
import { sentenceOf, type Event, type Figure } from '../../contract/schema.ts';
import type { ArticleRef, PlaceEntity } from '../../entities/index.ts';
import { getArchive, type Archive } from '../../site/archive.ts';
import { appendTo } from '../../site/group.ts';
import { slugify } from '../../extract/slug.ts';

export interface TimelineEvent {
  event: Event;
  /** The sentence the event is read from. */
  sentence: string;
  article: ArticleRef;
  /** The archive's place (by its canonical slug). */
  place: PlaceEntity | null;
  /** The actor as a filter key and label: an organisation's archive slug, else the actor words slugified. */
  actor: { key: string; label: string; orgSlug: string | null } | null;
}

/** A figure the reports give for a place, with its report. */
export interface PlaceFigure {
  figure: Figure;
  /** The sentence that gives the figure. */
  sentence: string;
  article: ArticleRef;
}

export interface Timeline {
  /** Dated events, oldest first. */
  dated: TimelineEvent[];
  /** Events the text does not date (or the report's date is too vague to resolve), by report date. */
  undated: TimelineEvent[];
  byPlace: Map<string, TimelineEvent[]>;
  byActor: Map<string, { label: string; orgSlug: string | null; events: TimelineEvent[] }>;
  byArticle: Map<string, TimelineEvent[]>;
  figuresByPlace: Map<string, PlaceFigure[]>;
}

function build(archive: Archive): Timeline {
  const all: TimelineEvent[] = [];
  const figuresByPlace: Timeline['figuresByPlace'] = new Map();
  for (const a of archive.articles) {
    const links = archive.entities.byArticle.get(a.id);
    const article: ArticleRef = { id: a.id, title: a.data.title, date: a.data.date };
    for (const event of a.data.events) {
      const place = links?.places.get(event.place) ?? null;
      const org = event.actorSlug ? links?.organizations.get(event.actorSlug) : undefined;
      const actor = org
        ? { key: org.slug, label: org.name, orgSlug: org.slug }
        : event.actor
          ? { key: slugify(event.actor.replace(/^the\s+/i, '')) || 'unnamed', label: event.actor.replace(/^the\s+/i, ''), orgSlug: null }
          : null;
      all.push({ event, sentence: sentenceOf(a.data, event.evidence), article, place, actor });
    }
    for (const figure of a.data.figures) {
      const place = figure.place ? links?.places.get(figure.place) : undefined;
      if (!place) continue;
      appendTo(figuresByPlace, place.slug, { figure, sentence: sentenceOf(a.data, figure.evidence), article });
    }
  }
  const byReport = (x: TimelineEvent, y: TimelineEvent): number =>
    (x.article.date ?? '9999').localeCompare(y.article.date ?? '9999') || x.article.title.localeCompare(y.article.title) || x.event.evidence.start - y.event.evidence.start;
  const chronological = (x: TimelineEvent, y: TimelineEvent): number => (x.event.date ?? '').localeCompare(y.event.date ?? '') || byReport(x, y);
  const dated = all.filter((e) => e.event.date !== null).sort(chronological);
  const undated = all.filter((e) => e.event.date === null).sort(byReport);
  const ordered = [...dated, ...undated];
  const byPlace = new Map<string, TimelineEvent[]>();
  const byActor: Timeline['byActor'] = new Map();
  const byArticle = new Map<string, TimelineEvent[]>();
  for (const e of ordered) {
    if (e.place) appendTo(byPlace, e.place.slug, e);
    if (e.actor) {
      const g = byActor.get(e.actor.key) ?? { label: e.actor.label, orgSlug: e.actor.orgSlug, events: [] };
      g.events.push(e);
      byActor.set(e.actor.key, g);
    }
    appendTo(byArticle, e.article.id, e);
  }
  return { dated, undated, byPlace, byActor, byArticle, figuresByPlace };
}

const cache = new WeakMap<Archive, Timeline>();

/** The timeline for this build's archive (computed once per archive object). */
export async function getTimeline(): Promise<Timeline> {
  const archive = await getArchive();
  let t = cache.get(archive);
  if (!t) cache.set(archive, (t = build(archive)));
  return t;
}

export const ACTION_LABEL: Record<Event['action'], string> = {
  captured: 'captured', stormed: 'stormed', entered: 'entered', attacked: 'attacked', surrounded: 'surrounded', retaken: 'retaken',
};
export const STATUS_LABEL: Record<Event['status'], string> = { asserted: 'reported', claimed: 'claimed', denied: 'denied', planned: 'planned' };
