/**
 * Scoring against the gold annotations (tests/fixtures/gold/README.md): an extracted entity
 * matches a gold one when its name or any alias equals the gold name or a variant, ignoring
 * case, accents and punctuation. Each gold entity is matched at most once; a second extracted
 * entity for the same gold one (an unmerged variant) counts as a false positive. Pure functions.
 */
import { fold } from '../extract/fold.ts';

export interface GoldReport {
  file: string;
  date: string | null;
  dateline: string | null;
  people: { name: string; variants?: string[] }[];
  places: { name: string; kind: string; variants?: string[] }[];
  organizations: string[];
  org_variants?: Record<string, string[]>;
  optional?: string[];
}

export interface Named {
  name: string;
  aliases: string[];
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function sumPRF(parts: PRF[]): PRF {
  return prf(parts.reduce((a, p) => a + p.tp, 0), parts.reduce((a, p) => a + p.fp, 0), parts.reduce((a, p) => a + p.fn, 0));
}

const forms = (names: string[]): Set<string> => new Set(names.map(fold).filter(Boolean));

export interface MatchResult extends PRF {
  missed: string[];
  spurious: string[];
  /** extracted index → gold index */
  pairs: [number, number][];
}

/** Match extracted entities to gold entities (each given as a list of accepted forms). */
export function matchEntities(extracted: Named[], gold: string[][], optional: string[] = []): MatchResult {
  const goldForms = gold.map(forms);
  const opt = forms(optional);
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  const spurious: string[] = [];
  extracted.forEach((e, i) => {
    const ef = forms([e.name, ...e.aliases]);
    const g = goldForms.findIndex((gf, j) => !used.has(j) && [...ef].some((f) => gf.has(f)));
    if (g >= 0) {
      used.add(g);
      pairs.push([i, g]);
    } else if (![...ef].some((f) => opt.has(f))) spurious.push(e.name); // optional names: neither rewarded nor penalised
  });
  const missed = gold.filter((_, j) => !used.has(j)).map((g) => g[0] ?? '');
  return { ...prf(pairs.length, spurious.length, missed.length), missed, spurious, pairs };
}

/** Places: a city and a province of one name count once, so both sides are collapsed by name first. */
export function collapseByName<T extends Named>(items: T[]): Named[] {
  const out: Named[] = [];
  for (const it of items) {
    const f = forms([it.name, ...it.aliases]);
    const hit = out.find((o) => [...forms([o.name, ...o.aliases])].some((x) => f.has(x)));
    if (hit) hit.aliases.push(it.name, ...it.aliases);
    else out.push({ name: it.name, aliases: [...it.aliases] });
  }
  return out;
}

export function scorePeople(extracted: Named[], gold: GoldReport): MatchResult {
  return matchEntities(extracted, gold.people.map((p) => [p.name, ...(p.variants ?? [])]), gold.optional ?? []);
}

export function scorePlaces(extracted: (Named & { kind: string })[], gold: GoldReport): { names: MatchResult; kinds: PRF; wrongKinds: string[] } {
  const goldGroups = collapseByName(gold.places.map((p) => ({ name: p.name, aliases: p.variants ?? [] })));
  const names = matchEntities(collapseByName(extracted), goldGroups.map((g) => [g.name, ...g.aliases]), gold.optional ?? []);
  // Kinds: (name, kind) pairs for the extracted places whose name is in the gold.
  const goldPairs = new Set(gold.places.map((p) => `${fold(p.name)}|${p.kind}`));
  const nameOf = (e: Named): string | null => {
    const f = forms([e.name, ...e.aliases]);
    const g = gold.places.find((p) => [p.name, ...(p.variants ?? [])].some((n) => f.has(fold(n))));
    return g ? fold(g.name) : null;
  };
  const got = new Set<string>();
  const wrongKinds: string[] = [];
  for (const e of extracted) {
    const n = nameOf(e);
    if (n === null) continue;
    const key = `${n}|${e.kind}`;
    if (!goldPairs.has(key)) wrongKinds.push(`${e.name}:${e.kind}`);
    got.add(key);
  }
  const tp = [...got].filter((k) => goldPairs.has(k)).length;
  return { names, kinds: prf(tp, got.size - tp, goldPairs.size - tp), wrongKinds };
}

export function scoreOrganizations(extracted: Named[], gold: GoldReport): MatchResult {
  const v = gold.org_variants ?? {};
  return matchEntities(extracted, gold.organizations.map((o) => [o, ...(v[o] ?? [])]), gold.optional ?? []);
}

export function scoreSources(extracted: Named[], gold: string[], variants: Record<string, string[]> = {}): MatchResult {
  return matchEntities(extracted, gold.map((s) => [s, ...(variants[s] ?? [])]));
}

export type DateOutcome = 'exact' | 'less-precise' | 'wrong' | 'withheld';

/** A date agrees with the gold when it is the gold date or a prefix of it (a year, a month). */
export function scoreDate(date: string | null, gold: string | null): DateOutcome {
  if (date === null) return 'withheld';
  if (gold === null) return 'wrong';
  if (date === gold) return 'exact';
  return gold.startsWith(date) ? 'less-precise' : 'wrong';
}
