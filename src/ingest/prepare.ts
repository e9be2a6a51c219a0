/**
 * From seed bytes to a cleaned report: decode, remove junk, split. Pure.
 */
import { decodeReport, RejectedReport, type Encoding } from './decode.ts';
import { cleanHeadline, removeControlCharacters, removeJunk, type Removed } from './junk.ts';
import { splitReport } from './split.ts';

export interface PreparedReport {
  /** The headline, or a title derived from the first sentence when there is none. */
  title: string;
  titleDerived: boolean;
  /** The headline as the report gives it (suffix junk removed), or null. */
  headline: string | null;
  dateline: string | null;
  paragraphs: string[];
  /** Paragraphs joined by a blank line: the text all extraction offsets point into. */
  body: string;
  removed: Removed[];
  encoding: Encoding;
}

const MAX_DERIVED_TITLE = 110;

/** First sentence of the body, cut at a word boundary when long. */
export function deriveTitle(body: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/su.exec(body)?.[0] ?? body;
  const oneLine = sentence.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= MAX_DERIVED_TITLE) return oneLine.replace(/[.]$/, '');
  const cut = oneLine.slice(0, MAX_DERIVED_TITLE);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[,;:\s]+$/, '')}…`;
}

export function countWords(body: string): number {
  return body.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Throws `RejectedReport` (from decode.ts) when the bytes cannot become a page. */
export function prepareReport(bytes: Uint8Array): PreparedReport {
  const { text, encoding } = decodeReport(bytes);
  const controls = removeControlCharacters(text);
  const junk = removeJunk(controls.text);
  const split = splitReport(junk.text);
  const removed = [...controls.removed, ...junk.removed];
  let headline = split.headline;
  if (headline !== null) {
    const cleaned = cleanHeadline(headline);
    headline = cleaned.headline;
    removed.push(...cleaned.removed);
  }
  const body = split.paragraphs.join('\n\n');
  if (body.trim() === '' && headline === null) {
    // Junk only: decodeReport accepted the bytes but nothing of the report is left.
    throw new RejectedReport('no report text left after removing junk');
  }
  const title = headline ?? deriveTitle(body);
  return { title, titleDerived: headline === null, headline, dateline: split.dateline, paragraphs: split.paragraphs, body, removed, encoding };
}
