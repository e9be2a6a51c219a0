/**
 * Splits a cleaned report into headline, dateline and body paragraphs.
 *
 * Wire copy comes in three shapes: a headline line followed by a blank line;
 * a dateline opening the first paragraph ("KUNDUZ - Taliban insurgents…");
 * or neither, the text starting with its first sentence.
 */

export interface SplitReport {
  headline: string | null;
  dateline: string | null;
  paragraphs: string[];
}

/** "KUNDUZ - ", "NEW DELHI — ", "MAZAR-I-SHARIF, Afghanistan - ": capitals, then a dash. */
const DATELINE = /^([A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,3}(?:, [A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+)?)?)(?: \([^)\n]{1,40}\))? ?[-–—]{1,2} (?=\S)/u;

const MAX_HEADLINE = 220;

/** A headline is a short first line, set apart by a blank line, that does not read as a sentence. */
function isHeadline(first: string, followedByBlank: boolean, hasMore: boolean): boolean {
  if (!hasMore || first.length > MAX_HEADLINE) return false;
  if (DATELINE.test(first)) return false;
  // A one-line paragraph that ends like a sentence is body text, unless a blank
  // line sets it apart and it is short enough to be a headline with a full stop.
  const endsLikeSentence = /[.!?"”’]$/.test(first);
  if (!followedByBlank) return false;
  return !endsLikeSentence || first.length <= 90;
}

/** Splits normalised text (LF line ends, junk already removed). */
export function splitReport(text: string): SplitReport {
  const lines = text.split('\n').map((l) => l.replace(/[ \t\u00a0]+$/u, '').replace(/^[ \t\u00a0]+/u, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  let headline: string | null = null;
  const first = lines[0] ?? '';
  const rest = lines.slice(1);
  if (isHeadline(first, rest[0] === '', rest.some((l) => l !== ''))) {
    headline = first;
    lines.shift();
  }
  // Each non-empty line is a paragraph: wire copy uses single line breaks as
  // paragraph breaks as often as blank lines.
  const paragraphs = lines.filter((l) => l !== '');
  let dateline: string | null = null;
  const match = paragraphs.length > 0 ? DATELINE.exec(paragraphs[0]!) : null;
  if (match) {
    dateline = match[1]!;
    paragraphs[0] = paragraphs[0]!.slice(match[0].length);
  }
  return { headline, dateline, paragraphs };
}
