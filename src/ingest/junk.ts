/**
 * Web junk that scrapers leave in wire copy, and the rules that take it out.
 *
 * Every rule names itself so the page can show what was removed and why;
 * nothing is removed silently.
 */

export interface Removed {
  rule: string;
  text: string;
}

/** A rule that removes whole lines. */
interface LineRule {
  rule: string;
  matches: (line: string) => boolean;
}

const APOSTROPHE = `['’‘\`]`;

const LINE_RULES: LineRule[] = [
  // Video players rendered as text: "Your browser doesn’t support HTML5".
  { rule: 'video-player-notice', matches: (l) => new RegExp(`^your browser (?:does not|doesn${APOSTROPHE}t) support html5 video\\.?$|^your browser (?:does not|doesn${APOSTROPHE}t) support html5\\.?$`, 'i').test(l.trim()) },
  // Caption of an embedded video: "WATCH: Afghan Forces Scramble To Repel Taliban".
  { rule: 'video-caption', matches: (l) => /^(?:WATCH|VIDEO|LISTEN)\s*:\s+\S/.test(l.trim()) && l.trim().length <= 200 },
];

/**
 * Machine-translation disclaimers that portals add to translated copy, at the
 * top or the bottom, sometimes glued to the next line without a break. Each
 * match runs from the disclaimer's opening words to its closing credit.
 */
const TRANSLATION_DISCLAIMERS: RegExp[] = [
  /^(?:The )?[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+ versions are (?:automatically|machine)[ -]generated(?:[^\n]*?\(system supported by [^)\n]*\)|[^\n]*?main language\.)[ \t]*/gm,
  /^This (?:article|text|page) (?:was|has been|is) (?:automatically |machine[- ])translated[^.\n]*\.[ \t]*/gim,
];

/** " | Afghanistan", " | World news": a section name the web page appended to the headline. */
const HEADLINE_SECTION_SUFFIX = /\s+\|\s+([A-Z][\p{L}&' -]{1,40})$/u;

export interface JunkResult {
  text: string;
  removed: Removed[];
}

/** Removes translation disclaimers and junk lines anywhere; returns what is left and what went. */
export function removeJunk(text: string): JunkResult {
  const removed: Removed[] = [];
  let rest = text;
  for (const pattern of TRANSLATION_DISCLAIMERS) {
    rest = rest.replace(pattern, (match) => {
      removed.push({ rule: 'machine-translation-disclaimer', text: match.trim() });
      return '';
    });
  }
  const kept: string[] = [];
  for (const line of rest.split('\n')) {
    const rule = LINE_RULES.find((r) => r.matches(line));
    if (rule) removed.push({ rule: rule.rule, text: line.trim() });
    else kept.push(line);
  }
  return { text: kept.join('\n'), removed };
}

/** Strips a trailing " | Section" from a headline. */
export function cleanHeadline(headline: string): { headline: string; removed: Removed[] } {
  const match = HEADLINE_SECTION_SUFFIX.exec(headline);
  if (!match) return { headline, removed: [] };
  return {
    headline: headline.slice(0, match.index).trimEnd(),
    removed: [{ rule: 'headline-section-suffix', text: match[0].trim() }],
  };
}

/**
 * C0 and C1 control characters (C1: what bytes undefined in Windows-1252 decode
 * to) have no place in text; they are dropped and recorded.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function removeControlCharacters(text: string): JunkResult {
  const found = text.match(CONTROL);
  if (!found) return { text, removed: [] };
  const codes = [...new Set(found.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`))];
  return {
    text: text.replace(CONTROL, ''),
    removed: [{ rule: 'control-characters', text: `${found.length} control character(s): ${codes.join(', ')}` }],
  };
}
