/** Display helpers for the data contract's values. Pure. */
import type { ArticleData } from '../contract/schema.ts';
import { isQualifiedPlaceKind } from '../entities/index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "21 June 2015", "June 2021", "2021" or "Date unknown": never more precise than the data. */
export function formatDate(date: string | null): string {
  if (date === null) return 'Date unknown';
  const [year, month, day] = date.split('-');
  if (month === undefined) return year!;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** Newest first; undated reports last, then by title, so the order is stable. */
export function byDateDescending(a: Pick<ArticleData, 'date' | 'title'>, b: Pick<ArticleData, 'date' | 'title'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return b.date.localeCompare(a.date);
  }
  return a.title.localeCompare(b.title);
}

/** Minutes to read at 230 words a minute, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}

/** A place's name with its kind when a name alone could mean a city or a province: "Kunduz (province)". */
export function entityLabel(entity: { kind: string; name: string; placeKind?: string }): string {
  return isQualifiedPlaceKind(entity.placeKind) ? `${entity.name} (${entity.placeKind})` : entity.name;
}
