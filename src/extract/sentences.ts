/** Sentence splitting with offsets, so every fact can point at its sentence in the body. */
import type { Evidence } from '../contract/schema.ts';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|Jr|Sr|Prof|Gov|Sen|Rep|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc)|\b\p{Lu}(?:\.\p{Lu})*)\.$/u;

export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const para = /[^\n]+/g;
  for (let p = para.exec(body); p; p = para.exec(body)) {
    const base = p.index;
    const text = p[0];
    let s = 0;
    // A stop (., !, ?) plus closing quotes, then space and a capital/quote/digit; or a glued ".It".
    const stop = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d]|\p{Lu}\p{Ll})|[.!?]+["”’)]*$/gu;
    for (let m = stop.exec(text); m; m = stop.exec(text)) {
      const end = m.index + m[0].length;
      if (ABBREV.test(text.slice(Math.max(s, m.index - 12), m.index + 1)) && end < text.length) continue;
      push(out, body, base + s, base + end);
      s = end;
    }
    if (s < text.length) push(out, body, base + s, base + text.length);
  }
  return out;
}

function push(out: Sentence[], body: string, start: number, end: number): void {
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
  if (end > start) out.push({ text: body.slice(start, end), start, end });
}

/** The sentence containing offset `at` (binary search). */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function evidenceAt(body: string, sentences: Sentence[], start: number, end: number): Evidence {
  const s = sentenceAt(sentences, start);
  return { text: body.slice(start, end), start, end, sentence: s ? s.text : body.slice(start, end) };
}
