/**
 * Evaluation: `node src/eval/run.ts [--gold path] [--sources path] [--json out.json] [--repeat n]`.
 * Prepares each gold seed the way ingest does, extracts, scores (score.ts), times the
 * extraction (CPU time, mean over `--repeat` runs after a warm-up), prints a table and writes JSON (default `.eval/report.json`).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { prepareReport } from '../ingest/index.ts';
import { extract, type Extraction } from '../extract/index.ts';
import {
  scorePeople, scorePlaces, scoreOrganizations, scoreSources, scoreDate, sumPRF,
  type GoldReport, type PRF, type DateOutcome, type MatchResult,
} from './score.ts';
import { loadGoldEvents, scoreEvents, sumEvents, type EventsScore } from './events.ts';

export interface EvalOptions {
  gold: string;
  sources: string | null;
  seeds: string;
  repeat: number;
  /** Gold events and figures (issue 9); null to skip. */
  events?: string | null;
}

export interface ReportScore {
  file: string;
  bytes: number;
  msPerExtraction: number;
  people: MatchResult;
  places: MatchResult;
  placeKinds: PRF;
  wrongKinds: string[];
  organizations: MatchResult;
  sources: MatchResult | null;
  date: { extracted: string | null; precision: string; gold: string | null; outcome: DateOutcome };
  events: EventsScore | null;
}

export interface EvalResult {
  reports: ReportScore[];
  totals: { people: PRF; places: PRF; placeKinds: PRF; organizations: PRF; sources: PRF | null; dates: Record<DateOutcome, number>; msPer5KB: number; msMean: number; events: ReturnType<typeof sumEvents> | null };
}

export const DEFAULTS: EvalOptions = { gold: 'tests/fixtures/gold/seeds.json', sources: 'tests/extract/fixtures/sources-gold.json', seeds: 'seeds', repeat: 200, events: 'tests/fixtures/gold/events.json' };

export function evaluate(opts: EvalOptions = DEFAULTS): EvalResult {
  const gold = JSON.parse(readFileSync(opts.gold, 'utf8')) as GoldReport[];
  const sourcesGold = opts.sources && existsSync(opts.sources) ? (JSON.parse(readFileSync(opts.sources, 'utf8')) as Record<string, string[]>) : null;
  const eventsGold = opts.events && existsSync(opts.events) ? loadGoldEvents(opts.events) : null;
  const reports: ReportScore[] = [];
  for (const g of gold) {
    const bytes = readFileSync(join(opts.seeds, g.file));
    const r = prepareReport(bytes);
    const input = { title: r.headline, dateline: r.dateline, body: r.body };
    let x: Extraction = extract(input);
    // Warm up first: ingest extracts many reports in one process, so steady state is what counts.
    for (let i = 0; i < Math.min(20, opts.repeat); i++) extract(input);
    // CPU time of this process (one core), so other work on the machine does not count.
    const c0 = process.cpuUsage();
    for (let i = 0; i < opts.repeat; i++) x = extract(input);
    const c1 = process.cpuUsage(c0);
    const ms = (c1.user + c1.system) / 1000 / Math.max(1, opts.repeat);
    const pl = scorePlaces(x.places, g);
    const sg = sourcesGold?.[g.file];
    const eg = eventsGold?.reports.find((e) => e.file === g.file);
    reports.push({
      file: g.file,
      bytes: Buffer.byteLength(r.body),
      msPerExtraction: ms,
      people: scorePeople(x.people, g),
      places: pl.names,
      placeKinds: pl.kinds,
      wrongKinds: pl.wrongKinds,
      organizations: scoreOrganizations(x.organizations, g),
      sources: sg ? scoreSources(x.sources, sg, g.org_variants ?? {}) : null,
      date: { extracted: x.date, precision: x.datePrecision, gold: g.date, outcome: scoreDate(x.date, g.date) },
      events: eg ? scoreEvents(x.events, x.figures, x.places, eg) : null,
    });
  }
  const dates: Record<DateOutcome, number> = { exact: 0, 'less-precise': 0, wrong: 0, withheld: 0 };
  for (const r of reports) dates[r.date.outcome]++;
  const totalMs = reports.reduce((a, r) => a + r.msPerExtraction, 0);
  const totalBytes = reports.reduce((a, r) => a + r.bytes, 0);
  const src = reports.map((r) => r.sources).filter((s): s is MatchResult => s !== null);
  return {
    reports,
    totals: {
      people: sumPRF(reports.map((r) => r.people)),
      places: sumPRF(reports.map((r) => r.places)),
      placeKinds: sumPRF(reports.map((r) => r.placeKinds)),
      organizations: sumPRF(reports.map((r) => r.organizations)),
      sources: src.length ? sumPRF(src) : null,
      dates,
      msMean: totalMs / Math.max(1, reports.length),
      msPer5KB: totalBytes ? (totalMs / totalBytes) * 5120 : 0,
      events: eventsGold ? sumEvents(reports.map((r) => r.events).filter((e): e is EventsScore => e !== null)) : null,
    },
  };
}

const f2 = (n: number): string => n.toFixed(2);
const cell = (p: PRF | null): string => (p ? `${f2(p.precision)}/${f2(p.recall)}/${f2(p.f1)}` : 'n/a');

export function formatTable(res: EvalResult): string {
  const rows = [['report', 'people P/R/F1', 'places', 'place kinds', 'orgs', 'sources', 'date (gold)', 'events', 'figures', 'ms']];
  for (const r of res.reports) {
    rows.push([r.file.slice(0, 3), cell(r.people), cell(r.places), cell(r.placeKinds), cell(r.organizations), cell(r.sources), `${r.date.extracted ?? '—'} ${r.date.outcome} (${r.date.gold})`, cell(r.events?.events ?? null), cell(r.events?.figures ?? null), f2(r.msPerExtraction)]);
  }
  const t = res.totals;
  rows.push(['ALL', cell(t.people), cell(t.places), cell(t.placeKinds), cell(t.organizations), cell(t.sources), Object.entries(t.dates).map(([k, v]) => `${k} ${v}`).join(', '), cell(t.events?.events ?? null), cell(t.events?.figures ?? null), f2(t.msMean)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const misses: string[] = [];
  for (const r of res.reports) {
    const bits = [
      r.people.missed.length ? `people missed: ${r.people.missed.join(', ')}` : '',
      r.people.spurious.length ? `people spurious: ${r.people.spurious.join(', ')}` : '',
      r.places.missed.length ? `places missed: ${r.places.missed.join(', ')}` : '',
      r.places.spurious.length ? `places spurious: ${r.places.spurious.join(', ')}` : '',
      r.wrongKinds.length ? `place kinds not in gold: ${r.wrongKinds.join(', ')}` : '',
      r.organizations.missed.length ? `orgs missed: ${r.organizations.missed.join(', ')}` : '',
      r.organizations.spurious.length ? `orgs spurious: ${r.organizations.spurious.join(', ')}` : '',
      r.sources?.missed.length ? `sources missed: ${r.sources.missed.join(', ')}` : '',
      r.sources?.spurious.length ? `sources spurious: ${r.sources.spurious.join(', ')}` : '',
      r.events?.events.missed.length ? `events missed: ${r.events.events.missed.join(', ')}` : '',
      r.events?.events.spurious.length ? `events spurious: ${r.events.events.spurious.join(', ')}` : '',
      r.events?.dates.wrongList.length ? `events on a wrong date: ${r.events.dates.wrongList.join(', ')}` : '',
      r.events?.figures.missed.length ? `figures missed: ${r.events.figures.missed.join(', ')}` : '',
      r.events?.figures.spurious.length ? `figures spurious: ${r.events.figures.spurious.join(', ')}` : '',
      r.events?.wrongAttribution.length ? `figures attributed wrongly: ${r.events.wrongAttribution.join(', ')}` : '',
    ].filter(Boolean);
    if (bits.length) misses.push(`${r.file.slice(0, 3)}: ${bits.join('; ')}`);
  }
  const ev = t.events;
  const evLine = ev
    ? [`Events: ${cell(ev.events)} P/R/F1; dates of matched events: ${ev.exactDates} exact, ${ev.lessPreciseDates} less precise, ${ev.withheldDates} withheld, ${ev.wrongDates} wrong. Figures: ${cell(ev.figures)}; ${ev.wrongAttribution} attributed wrongly. Actor differs from gold on ${ev.actorDisagreements} matched events (not scored).`]
    : [];
  return [...lines, '', ...evLine, `Extraction time: ${f2(t.msMean)} ms mean per report, ${f2(t.msPer5KB)} ms per 5 KB of body.`, ...misses].join('\n');
}

function main(argv: string[]): void {
  const opts = { ...DEFAULTS };
  let out = '.eval/report.json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--gold' && v) (opts.gold = v), i++;
    else if (a === '--sources' && v) (opts.sources = v), i++;
    else if (a === '--seeds' && v) (opts.seeds = v), i++;
    else if (a === '--events' && v) (opts.events = v), i++;
    else if (a === '--json' && v) (out = v), i++;
    else if (a === '--repeat' && v) (opts.repeat = Number(v)), i++;
    else throw new Error(`unknown argument: ${a}`);
  }
  const res = evaluate(opts);
  console.log(formatTable(res));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(res, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
