/**
 * Direct quotations (“…” or "…", within one paragraph; an unclosed one runs to the paragraph's end)
 * and their speaker: a person named next to a speech verb right after or before the quote, or
 * "he said"/"she told" for the last speaker. Short scare quotes (“hotline”) are not quotations.
 */
import type { Person, Quote } from '../contract/schema.ts';

const SPEECH = /\b(?:said|says|told|tells|added|adds|confirmed|warned|stated|explained|noted|claimed|insisted|wrote|tweeted|asked|replied|continued)\b/;
const MIN_WORDS = 4;

interface Span {
  start: number;
  end: number;
}

function quoteSpans(body: string): Span[] {
  const out: Span[] = [];
  const para = /[^\n]+/g;
  for (let p = para.exec(body); p; p = para.exec(body)) {
    const text = p[0];
    const re = /“([^“”]*)(”|$)|(?<![\p{L}\d])"([^"]+)"/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const inner = m[1] ?? m[3] ?? '';
      const start = p.index + m.index + 1;
      out.push({ start, end: start + inner.length });
    }
  }
  return out;
}

export function findQuotes(body: string, people: Person[]): Quote[] {
  const mentions = people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, slug: p.slug }))).sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  let lastSpeaker: string | null = null;
  for (const q of quoteSpans(body)) {
    const text = body.slice(q.start, q.end).trim();
    if (text.split(/\s+/).length < MIN_WORDS) continue;
    const paraEnd = body.indexOf('\n', q.end) < 0 ? body.length : body.indexOf('\n', q.end);
    const afterEnd = Math.min(paraEnd, (body.slice(q.end + 1).search(/[.!?](?:\s|$)/) + q.end + 2) || paraEnd);
    const after = body.slice(q.end + 1, afterEnd);
    let speaker: string | null = null;
    const inAfter = mentions.find((m) => m.start > q.end && m.end <= afterEnd);
    if (inAfter && SPEECH.test(after)) speaker = inAfter.slug;
    else if (/^[\s,]*(?:he|she)\s+(?:said|told|added|says)\b/i.test(after)) speaker = lastSpeaker;
    else if (!/^[\s,]*(?:the\s+)?\p{Lu}/u.test(after) || !SPEECH.test(after)) {
      // "Mujahed confirmed the district fell “and …”": a speaker before the quote, same sentence.
      const paraStart = body.lastIndexOf('\n', q.start) + 1;
      const from = Math.max(paraStart, q.start - 400);
      const sentStart = Math.max(from, from + body.slice(from, q.start).search(/[.!?]\s+[^.!?]*$/) + 1);
      const before = mentions.filter((m) => m.start >= sentStart && m.end < q.start).pop();
      if (before && SPEECH.test(body.slice(before.end, q.start))) speaker = before.slug;
      else if (before && /^\s+(?:confirmed|said|announced|warned)/.test(body.slice(before.end, q.start))) speaker = before.slug;
    }
    if (speaker) lastSpeaker = speaker;
    quotes.push({ text, start: q.start + body.slice(q.start, q.end).indexOf(text), end: q.start + body.slice(q.start, q.end).indexOf(text) + text.length, speaker });
  }
  return quotes;
}
