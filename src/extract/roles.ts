/** Role words and phrases: what makes a capitalised name a person, and the role the report gives them. */

/** Titles written before a name; stripped from the name and kept in the role. */
export const TITLES = new Set([
  'General', 'Gen', 'Gen.', 'Lt', 'Lt.', 'Maj', 'Maj.', 'Brig', 'Brig.', 'Colonel', 'Col', 'Col.', 'Major', 'Captain', 'Capt.',
  'Lieutenant', 'Sergeant', 'Mullah', 'Mawlawi', 'Maulvi', 'Mawlana', 'Maulana', 'Qari', 'Sheikh', 'Dr', 'Dr.', 'Mr', 'Mr.',
  'Mrs', 'Mrs.', 'Ms', 'Ms.', 'President', 'Vice', 'Prime', 'Minister', 'Senator', 'Sen.', 'Governor', 'Gov.', 'Ambassador',
  'Commander', 'Judge', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Secretary', 'Chancellor', 'Deputy', 'Chief', 'Director',
  'Mayor', 'Marshal', 'Admiral', 'Professor', 'Prof.', 'Sir', 'Lord', 'Lady', 'Emir', 'Amir', 'Spokesman', 'Spokeswoman',
  'Councilor', 'Councillor', 'MP', 'Envoy', 'Representative', 'Rep.', 'Officer', 'Official',
]);

/** Nouns that name a role; "Taliban spokesman X", "X, a provincial council member". */
export const ROLE_NOUN =
  '(?:spokes(?:man|woman|person)|chief|official|officer|commander|governor|minister|envoy|secretary|member|council(?:l)?or|lawmaker|legislator|representative|director|head|leader|president|ambassador|mayor|MP|senator|deputy|analyst|resident|witness|correspondent|reporter|general|colonel|lieutenant|captain|doctor|surgeon|nurse|teacher|farmer|shopkeeper|driver|student|activist|expert|researcher|professor|chair(?:man|woman|person)?|coordinator|advis[eo]r|administrator|judge|cleric|elder|negotiator|diplomat|militant|soldier|policeman|policewoman|worker|journalist|editor|founder|owner|candidate|mother|father|son|daughter|wife|husband|brother|sister|widow|villager|survivor|victim|chairman|prosecutor|attorney|inspector|economist|scholar|cameraman|photographer|mujahid)s?';

const ROLE_ANY_RE = new RegExp(`\\b${ROLE_NOUN}\\b`, 'i');
export const ROLE_END_RE = new RegExp(`\\b${ROLE_NOUN}\\s*$`, 'i');
export const APPOS_RE = new RegExp(
  `^,\\s+((?:(?:a|an|the)\\s+)?(?:[\\p{L}\\p{N}’'\\-/]+\\s+){0,7}?${ROLE_NOUN}\\b[^,;.“”"]{0,70})`,
  'iu',
);

/** Words that end a role phrase when walking back from the name. */
const BREAK = new Set(['said', 'says', 'told', 'added', 'and', 'as', 'when', 'while', 'that', 'which', 'who', 'by', 'with', 'to', 'from', 'of', 'on', 'in', 'at', 'for', 'after', 'before', 'but', 'said,', 'according']);

/** The role phrase just before a name: "came as UN human rights chief " → "UN human rights chief". */
export function rolePhraseBefore(before: string): string | null {
  const words = before.trimEnd().split(/\s+/);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 7; i--) {
    const w = words[i]!;
    // "Secretary of State": a connector between capitalised words belongs to the title.
    const inTitle = w === 'of' && /^\p{Lu}/u.test(out[0] ?? '') && /^\p{Lu}/u.test(words[i - 1] ?? '');
    if (!inTitle && (/[,;:.“”"(]$/.test(w) || /^[“"(]/.test(w) || BREAK.has(w.toLowerCase()))) {
      if (/^[“"(]/.test(w) && !/[,;:.”"]$/.test(w)) out.unshift(w.replace(/^[“"(]/, ''));
      break;
    }
    out.unshift(w);
  }
  const phrase = out.join(' ').trim();
  // "Provincial councilor Jawzjan": a trailing capitalised word (a place) may follow the role noun.
  const core = phrase.replace(/\s+\p{Lu}[\p{L}'’-]*$/u, '');
  return phrase && (ROLE_END_RE.test(phrase) || ROLE_END_RE.test(core) || (out.length <= 4 && ROLE_ANY_RE.test(phrase)) || TITLES.has(out[out.length - 1] ?? '')) ? phrase : null;
}
