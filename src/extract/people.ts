/**
 * People, found only where the text gives evidence that a capitalised name is a person:
 * a title ("General X"), a role ("Taliban spokesman X", "X, a council member"), a speech
 * verb ("X said", "said X"), an age ("60-year-old X") or "identified himself as X".
 * Later short mentions ("Rahmani said") attach to the full name given earlier.
 */
import type { Person, Role } from '../contract/schema.ts';
import { evidenceAt, type Sentence } from './sentences.ts';
import { TITLES, ROLE_END_RE, ROLE_NOUN, APPOS_RE, rolePhraseBefore } from './roles.ts';
import { isPlaceName, lookupPlace } from './gazetteer.ts';
import { isTitleCase } from './orgs.ts';
import { sameName, sameToken } from './names.ts';
import { fold } from './fold.ts';
import { slugify } from './slug.ts';
import { UPPER } from './upper.ts';

const TOKEN = `${UPPER}[\\p{L}\\p{M}'’\\-]*(?:\\.(?=\\s+\\p{Lu}))?`;
/** Lowercase name particles inside a name: "Haider al-Abadi", "Osama bin Laden", "Ursula von der Leyen". */
const PARTICLE = "(?:(?:al|el|ad|ar|as|ash|at|az|ul|ud)-|(?:(?:bin|ibn|bint|van|von|der|den|de|da|du|del|della|di|la|le)[ \\t]+)+)";
const CAP_WORD_RE = new RegExp(`${UPPER}[\\p{L}\\p{M}'’\\-]*`, 'gu');
const SEQ_RE = new RegExp(`${TOKEN}(?:[ \\t]+${PARTICLE}?${TOKEN})*`, 'gu');
const SPEECH = '(?:said|says|told|tells|added|adds|confirmed|warned|announced|stated|explained|noted|claimed|denied|insisted|wrote|tweeted|asked|replied|recalled|urged|stressed|acknowledged|admitted|argued|reported)';
const SPEECH_AFTER_RE = new RegExp(`^(?:[’']s)?\\s+(?:(?:also|earlier|later|then|further|again|previously|recently|\\p{Ll}+ly)\\s+)?${SPEECH}\\b`, 'u');
const SPEECH_BEFORE_RE = new RegExp(`\\b(?:${SPEECH}|according to)\\s+(?:(?:[A-Z]{2,}|\\p{Ll}+),\\s+)?$`, 'u');
const COMMA_SPEECH_AFTER_RE = new RegExp(`^,\\s+(?:${SPEECH}|who\\s+${SPEECH})\\b`);
const AGE_BEFORE_RE = /\b\d{1,3}-year-old\s+$/;
const AGE_AFTER_RE = /^,\s+(?:aged\s+)?\d{1,3},/;
const IDENTIFIED_RE = /\b(?:identified (?:himself|herself) as|introduced (?:himself|herself) as|gave (?:his|her) name as|(?:man|woman|boy|girl|person|commander|official) (?:named|called))\s+$/;

/** Capitalised words that are not names: function words, sentence openers, calendar words, demonyms, groups. */
const IDENTIFIED_ROLE_RE = new RegExp(`\\b(?:a|an|the)\\s+((?:[\\p{L}-]+\\s+){0,3}${ROLE_NOUN})\\s+who\\s+identified\\s+(?:himself|herself)\\s+as\\s+$`, 'iu');

const STOP = new Set(
  ('The A An And But Or If In On At Of For To From By With As When While Where After Before Since During Until Meanwhile ' +
    'However Earlier Later Separately Previously Also Then Once It Its He She His Her They Their We Our You I This That These ' +
    'Those There Here Some Many Most Both Each Every Another Other Such No Not All Any Two Three Several Responding Following ' +
    'According Speaking Asked Despite Although Though Because Unless Yet So Nor Why What Who How ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Ramadan Ramazan Eid God Allah Islam Islamic Muslim Muslims Christian Afghan Afghans Pakistani ' +
    'Pakistanis Iranian American Americans British Western Russian Chinese Indian Arab Arabic Pashtun Tajik Uzbek Hazara ' +
    'Taliban Mujahideen Government Police Army Forces Province Provincial District City Town Village Ministry Council ' +
    'Committee Commission Office Agency Party Group State States Emirate Republic Kingdom Union Nations United National ' +
    'International News Press Radio House Court Parliament Senate Assembly Security Defense Defence Interior Foreign Affairs ' +
    'Human Rights Watch Amnesty Free Central South North East West Southern Northern Eastern Western Middle Asia Europe ' +
    'Africa America Watch WATCH Reports Residents Officials Civilians Militants Insurgents Talks Images Photographs Video Bomb').split(' '),
);

const NOT_PEOPLE = new Set(['islamic emirate', 'president', 'white house', 'press secretary']);

export interface PeopleContext {
  /** Spans of organisation names (not people). */
  blocked: (start: number, end: number) => boolean;
}

interface Hit {
  name: string;
  titled: string | null;
  start: number;
  end: number;
  role: string | null;
  roleStart: number;
}

function stripPossessive(t: string): string {
  return t.replace(/[’']s$/, '');
}

function isPrefixToken(t: string): boolean {
  const bare = t.replace(/\.$/, '');
  return STOP.has(bare) || TITLES.has(t) || TITLES.has(bare) || /^[A-Z]{2,}$/.test(bare) || bare.length < 2;
}

/** Find evidenced full names in one sentence. */
function sentenceHits(sen: Sentence, ctx: PeopleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of sen.text.matchAll(SEQ_RE)) {
    const seqStart = m.index;
    const raw = [...m[0].matchAll(/\S+/g)].map((t) => ({ text: t[0], at: seqStart + t.index }));
    // A possessive ends the name ("Khalilzad’s comments").
    const possIdx = raw.findIndex((t) => /[’']s$/.test(t.text));
    const toks = possIdx >= 0 ? raw.slice(0, possIdx + 1) : raw;
    if (possIdx >= 0) toks[possIdx] = { text: stripPossessive(toks[possIdx]!.text), at: toks[possIdx]!.at };
    let last = -1;
    toks.forEach((t, i) => {
      const prev = toks[i - 1];
      // A title word right after a name word belongs to the name ("Abdul Amir Yarallah": Amir is a given name here).
      const insideName = prev !== undefined && i - 1 > last && TITLES.has(t.text) && !isPrefixToken(prev.text) && lookupPlace(prev.text).length === 0;
      if ((isPrefixToken(t.text) && !insideName) || ctx.blocked(sen.start + t.at, sen.start + t.at + t.text.length)) last = i;
    });
    let nameToks = toks.slice(last + 1);
    // A leading place word is context, not name ("councilor Jawzjan Shir Mohammad"), if a full name remains.
    while (nameToks.length > 2 && lookupPlace(nameToks[0]!.text).length > 0) nameToks = nameToks.slice(1), last++;
    if (nameToks.length === 0 || nameToks.length > 4) continue;
    if (nameToks.some((t) => t.text.endsWith('.') || t.text.length < 2)) continue;
    const first = nameToks[0]!, lastTok = nameToks[nameToks.length - 1]!;
    const start = first.at, end = lastTok.at + lastTok.text.length;
    const name = sen.text.slice(start, end);
    if (NOT_PEOPLE.has(fold(name)) || isPlaceName(name)) continue;
    const titleToks: string[] = [];
    for (let i = last; i >= 0 && TITLES.has(toks[i]!.text); i--) titleToks.unshift(toks[i]!.text);
    // Only the last words before the name matter; short windows keep the anchored regexes cheap.
    const beforeName = sen.text.slice(Math.max(0, start - 140), start);
    const beforeSeq = sen.text.slice(Math.max(0, toks[0]!.at - 140), toks[0]!.at);
    const after = sen.text.slice(end, end + 200);
    // Cheap exit: a lone word needs a title, a role word or age before it, or an apposition after.
    if (nameToks.length === 1 && titleToks.length === 0 && !/[\p{Ll}\d]\s+$/u.test(beforeName) && !after.startsWith(',')) continue;

    let role: string | null = null;
    let roleStart = -1;
    let strong = false;
    let weak = false;
    const rp = rolePhraseBefore(beforeName);
    if (titleToks.length > 0 && (toks[last]?.text ?? '') !== 'MP') strong = true;
    if (rp) {
      role = rp;
      roleStart = start - beforeName.length + beforeName.lastIndexOf(rp);
      strong = true;
    }
    const ap = APPOS_RE.exec(after);
    if (ap) {
      role = ap[1]!.trim().replace(/\s+(?:on|in|at)\s+(?:\p{Lu}\p{Ll}+day).*$/u, '');
      roleStart = end + after.indexOf(ap[1]!);
      strong = true;
    }
    // "The head of the police office, NAME, said"
    const commaRole = /,\s+$/.test(beforeName) && COMMA_SPEECH_AFTER_RE.test(after) ? /([^,;“”"]{3,90}),\s+$/.exec(beforeName) : null;
    if (commaRole && ROLE_END_RE.test(commaRole[1]!.replace(/\s+(?:in|of|for|at)\s+.*$/, ''))) {
      role = commaRole[1]!.trim();
      roleStart = start - beforeName.length + beforeName.lastIndexOf(role);
      strong = true;
    } else if (commaRole && /\b(?:head|chief|member|director|spokes\w+)\b/i.test(commaRole[1]!)) {
      role = commaRole[1]!.trim();
      roleStart = start - beforeName.length + beforeName.lastIndexOf(role);
      strong = true;
    }
    const idRole = IDENTIFIED_ROLE_RE.exec(beforeSeq);
    const saidRole = /\bsaid\s+([A-Z]{2,}|\p{Ll}+),\s+$/u.exec(beforeSeq);
    if (saidRole && !role && (/^[A-Z]{2,}$/.test(saidRole[1]!) || ROLE_END_RE.test(saidRole[1]!))) {
      role = saidRole[1]!;
      roleStart = toks[0]!.at - beforeSeq.length + beforeSeq.lastIndexOf(role + ',');
    }
    if (idRole && (!role || TITLES.has(role))) {
      role = idRole[1]!;
      roleStart = toks[0]!.at - beforeSeq.length + beforeSeq.lastIndexOf(role);
    }
    if (AGE_BEFORE_RE.test(beforeSeq) || AGE_AFTER_RE.test(after) || IDENTIFIED_RE.test(beforeSeq)) strong = true;
    if (SPEECH_AFTER_RE.test(after) || SPEECH_BEFORE_RE.test(beforeSeq) || SPEECH_BEFORE_RE.test(beforeName)) weak = true;
    if (!(strong || (weak && nameToks.length >= 2))) continue;
    const titled = titleToks.length ? `${titleToks.join(' ')} ${name}` : null;
    hits.push({ name, titled, start: sen.start + start, end: sen.start + end, role, roleStart: roleStart >= 0 ? sen.start + roleStart : -1 });
  }
  return hits;
}

function lastToken(name: string): string {
  const t = fold(name).split(' ');
  return t[t.length - 1] ?? '';
}

export function findPeople(body: string, sentences: Sentence[], ctx: PeopleContext): Person[] {
  const people: Person[] = [];
  const spans: [number, number][] = [];
  const addAlias = (p: Person, a: string | null): void => {
    if (a && fold(a) !== fold(p.name) && !p.aliases.some((x) => x === a)) p.aliases.push(a);
  };
  const addMention = (p: Person, s: number, e: number): void => {
    if (spans.some(([a, b]) => a < e && s < b)) return;
    spans.push([s, e]);
    p.mentions.push(evidenceAt(body, sentences, s, e));
  };
  const addRole = (p: Person, h: Hit): void => {
    if (!h.role || p.roles.some((r) => r.role === h.role)) return;
    const ev = h.roleStart >= 0 ? evidenceAt(body, sentences, h.roleStart, h.roleStart + h.role.length) : null;
    const role: Role = { role: h.role, evidence: ev };
    p.roles.push(role);
  };

  for (const sen of sentences) {
    if (isTitleCase(sen.text)) continue;
    for (const h of sentenceHits(sen, ctx)) {
      const single = !h.name.includes(' ');
      let p = people.find((x) => sameName(x.name, h.name) || x.aliases.some((a) => sameName(a, h.name)));
      // A single word with a title may be a short form of a full name already found.
      if (!p && single) p = people.find((x) => sameToken(lastToken(x.name), fold(h.name)));
      if (!p) {
        p = { name: h.name, slug: slugify(h.name), aliases: [], mentions: [], roles: [] };
        people.push(p);
      } else if (!single && !p.name.includes(' ')) {
        // A fuller form turns up later: it becomes the name.
        addAlias(p, p.name);
        p.name = h.name;
        p.slug = slugify(h.name);
      } else addAlias(p, h.name);
      addAlias(p, h.titled);
      addRole(p, h);
      addMention(p, h.titled ? h.end - h.name.length - (h.titled.length - h.name.length) : h.start, h.end);
    }
  }

  // Every later occurrence: the full name again, or its last word alone ("Rahmani said").
  for (const p of people) {
    for (const form of [p.name, ...p.aliases]) {
      for (let i = body.indexOf(form); i >= 0; i = body.indexOf(form, i + 1)) {
        const before = body[i - 1] ?? ' ', after = body[i + form.length] ?? ' ';
        if (/[\p{L}]/u.test(before) || /[\p{L}]/u.test(after)) continue;
        addMention(p, i, i + form.length);
      }
    }
  }
  const lastWords = people.map((p) => (p.name.includes(' ') ? lastToken(p.name) : fold(p.name)));
  for (const m of body.matchAll(CAP_WORD_RE)) {
    const word = stripPossessive(m[0]);
    if (word.length < 3 || STOP.has(word)) continue;
    const key = fold(word);
    if (!lastWords.some((w) => w[0] === key[0] || /^[kq]/.test(key))) continue;
    if (ctx.blocked(m.index, m.index + word.length)) continue;
    const owners = people.filter((_, i) => sameToken(lastWords[i]!, key));
    if (owners.length !== 1) continue;
    const p = owners[0]!;
    const before = spans.length;
    addMention(p, m.index, m.index + word.length);
    if (spans.length > before) addAlias(p, word);
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  return people;
}
