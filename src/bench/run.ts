/**
 * `npm run bench -- --reports N [--seed S] [--skip-baseline] [--skip-search]
 *   [--skip-incremental] [--cpu-prof] [--keep] [--out file.json]`
 *
 * Builds a synthetic archive of N reports in a temporary copy of this project
 * and measures every stage against a bare Astro + MDX baseline built in the
 * same run. See docs/PERFORMANCE.md for what each row means and the results.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pagesInBuildLog } from './astro-log.ts';
import { createBaseline } from './baseline.ts';
import { generateCorpus } from './corpus.ts';
import { hasGnuTime, linkNodeModules, runStage, type StageRun } from './measure.ts';
import { formatHotSpots, summarise, type HotSpot } from './profile.ts';
import { formatPhase, measureSearch, type SearchResult } from './search.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const NODE = process.execPath;
const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-incremental': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: '.bench/result.json' },
  },
});
const N = Number(args.reports);
const SEED = Number(args.seed);
if (!Number.isInteger(N) || N < 1 || !Number.isInteger(SEED)) {
  console.error('bench: --reports and --seed take whole numbers');
  process.exit(2);
}
const OUT = path.resolve(PROJECT, args.out);
const PROFILE_DIR = path.join(path.dirname(OUT), `profiles-${N}`);

export interface Row {
  stage: string;
  seconds: number;
  msPerReport: number;
  peakMiB: number | null;
  treePeakMiB: number | null;
  ratioToBaseline: number | null;
  distBytes: number | null;
  indexBytes: number | null;
  filesWritten: number | null;
}

const t0 = performance.now();
const progress = (line: string) => console.log(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}`);

async function dirStats(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { bytes, files };
}

/** Astro build time without Pagefind, and Pagefind's own line: "[pagefind] indexed N pages in X s". */
function pagefindSeconds(output: string): { seconds: number; pages: number } | null {
  const m = /\[pagefind\] indexed (\d+) pages in ([\d.]+) s/.exec(output);
  return m ? { pages: Number(m[1]), seconds: Number(m[2]) } : null;
}

const LOG_DIR = path.join(path.dirname(OUT), `logs-${N}`);
/** Keeps a stage's full output next to the result, for reading what Astro did. */
async function saveLog(name: string, run: StageRun): Promise<void> {
  await mkdir(LOG_DIR, { recursive: true });
  await writeFile(path.join(LOG_DIR, `${name}.log`), `${run.stdout}\n--- stderr ---\n${run.stderr}`);
}

const profFlags = (name: string) => (args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${name}-\${pid}.cpuprofile`] : []);

function row(stage: string, seconds: number, run: Pick<StageRun, 'peakMiB' | 'treePeakMiB'> | null, extra: Partial<Row> = {}): Row {
  return { stage, seconds, msPerReport: (seconds * 1000) / N, peakMiB: run?.peakMiB ?? null, treePeakMiB: run?.treePeakMiB ?? null, ratioToBaseline: null, distBytes: null, indexBytes: null, filesWritten: null, ...extra };
}

const mib = (bytes: number | null) => (bytes === null ? '' : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
function printTable(rows: Row[]): string {
  const head = ['stage', 'seconds', 'ms/report', 'peak MiB', 'tree MiB', '× baseline', 'dist size', 'index size', 'files written'];
  const body = rows.map((r) => [
    r.stage, r.seconds.toFixed(1), r.msPerReport.toFixed(2), r.peakMiB === null ? '' : r.peakMiB.toFixed(0), r.treePeakMiB === null ? '' : r.treePeakMiB.toFixed(0),
    r.ratioToBaseline === null ? '' : r.ratioToBaseline.toFixed(2), mib(r.distBytes), mib(r.indexBytes), r.filesWritten === null ? '' : String(r.filesWritten),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), `report-archive-bench-${N}-`));
  const root = path.join(work, 'archive');
  const rows: Row[] = [];
  const notes: string[] = [];
  let search: SearchResult | null = null;
  const profiles: Record<string, { totalMs: number; self: HotSpot[]; inclusiveSrc: HotSpot[] }> = {};
  progress(`N=${N} seed=${SEED} in ${work} (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}${hasGnuTime ? '' : ', no /usr/bin/time: peak MiB from /proc sampling only'})`);
  try {
    // 1. Corpus, in a project copy.
    let started = performance.now();
    await mkdir(root, { recursive: true });
    for (const entry of COPIED) await cp(path.join(PROJECT, entry), path.join(root, entry), { recursive: true });
    await linkNodeModules(path.join(PROJECT, 'node_modules'), path.join(root, 'node_modules'));
    await mkdir(path.join(root, 'seeds'), { recursive: true });
    await mkdir(path.join(root, 'content/articles'), { recursive: true });
    await cp(path.join(PROJECT, 'content/curation.yml'), path.join(root, 'content/curation.yml')).catch(() => {});
    const corpus = generateCorpus(N, SEED, PROJECT);
    for (const report of corpus.reports) await writeFile(path.join(root, 'seeds', report.name), report.text);
    const seedBytes = corpus.reports.reduce((sum, r) => sum + Buffer.byteLength(r.text), 0);
    rows.push(row('generate corpus', (performance.now() - started) / 1000, null, { filesWritten: N }));
    progress(`corpus: ${N} reports, ${mib(seedBytes)}, ${corpus.distinct.people} people, ${corpus.distinct.places} places, ${corpus.distinct.organizations} organisations named`);

    // 2. Ingest.
    if (args['cpu-prof']) await mkdir(PROFILE_DIR, { recursive: true });
    const ingest = await runStage(NODE, [...profFlags('ingest'), 'src/cli/ingest.ts'], root);
    await saveLog('ingest', ingest);
    const articles = await dirStats(path.join(root, 'content/articles'));
    rows.push(row('ingest', ingest.seconds, ingest, { filesWritten: articles.files, distBytes: null }));
    progress(`ingest: ${ingest.seconds.toFixed(1)} s, ${articles.files} articles (${mib(articles.bytes)}), peak ${ingest.peakMiB?.toFixed(0)} MiB — ${(N / ingest.seconds).toFixed(0)} reports/s`);
    if (articles.files !== N) notes.push(`ingest wrote ${articles.files} articles for ${N} reports: ${ingest.stderr.split('\n').filter((l) => l.startsWith('ingest:')).slice(0, 5).join(' / ')}`);

    // 3. Astro build (Pagefind runs in its astro:build:done hook).
    const build = await runStage(NODE, [...profFlags('astro-build'), ASTRO, 'build'], root, {
      onLine: (line) => {
        if (/\[build\] (?:Collecting|Building|\d+ page\(s\) built|Complete)|\[pagefind\]|\[content\] Synced|error/i.test(line)) progress(`  astro: ${line.trim().slice(0, 140)}`);
      },
    });
    await saveLog('astro-build', build);
    const pf = pagefindSeconds(build.stdout + build.stderr);
    if (!pf) notes.push('no "[pagefind] indexed N pages" line in the build output; Pagefind time is included in astro build');
    const dist = await dirStats(path.join(root, 'dist'));
    const index = await dirStats(path.join(root, 'dist/pagefind'));
    const pages = (await readdir(path.join(root, 'dist'), { recursive: true })).filter((f) => String(f).endsWith('.html')).length;
    rows.push(row('astro build (excl. Pagefind)', build.seconds - (pf?.seconds ?? 0), build, { distBytes: dist.bytes - index.bytes, filesWritten: dist.files - index.files }));
    rows.push(row('Pagefind index', pf?.seconds ?? 0, null, { indexBytes: index.bytes, filesWritten: index.files }));
    const full = ingest.seconds + build.seconds;
    rows.push(row('full pipeline (ingest + build)', full, { peakMiB: Math.max(ingest.peakMiB ?? 0, build.peakMiB ?? 0), treePeakMiB: Math.max(ingest.treePeakMiB, build.treePeakMiB) }, { distBytes: dist.bytes, indexBytes: index.bytes, filesWritten: dist.files + articles.files }));
    progress(`astro build: ${build.seconds.toFixed(1)} s incl. Pagefind ${pf?.seconds ?? '?'} s (${pf?.pages ?? '?'} pages indexed), ${pages} HTML pages, dist ${mib(dist.bytes)}, index ${mib(index.bytes)}, peak ${build.peakMiB?.toFixed(0)} MiB`);

    // 4. Baseline: bare Astro + MDX on the same bodies.
    if (!args['skip-baseline']) {
      const baseRoot = path.join(work, 'baseline');
      await createBaseline(baseRoot, path.join(root, 'content/articles'), path.join(PROJECT, 'node_modules'));
      const base = await runStage(NODE, [ASTRO, 'build'], baseRoot);
      await saveLog('baseline-build', base);
      const baseDist = await dirStats(path.join(baseRoot, 'dist'));
      rows.push(row('baseline: bare Astro + MDX build', base.seconds, base, { distBytes: baseDist.bytes, filesWritten: baseDist.files, ratioToBaseline: 1 }));
      progress(`baseline: ${base.seconds.toFixed(1)} s, ${baseDist.files} files, peak ${base.peakMiB?.toFixed(0)} MiB; full pipeline = ${(full / base.seconds).toFixed(2)} × baseline`);
    }

    // 5. Incremental: one changed report, `npm run build` again.
    if (!args['skip-incremental']) {
      const target = corpus.reports[Math.floor(N / 2)]!;
      const file = path.join(root, 'seeds', target.name);
      await writeFile(file, `${(await readFile(file, 'utf8')).trimEnd()}\n\nA bench edit: officials said the road to the city was reopened.\n`);
      const again = await runStage(NODE, ['src/cli/build.ts'], root);
      await saveLog('incremental-build', again);
      const written = /ingest: (\d+) written, (\d+) unchanged/.exec(again.stderr + again.stdout);
      const pf2 = pagefindSeconds(again.stdout + again.stderr);
      const pages = pagesInBuildLog(again.stdout + again.stderr);
      rows.push(row('incremental: 1 changed report, npm run build', again.seconds, again, { filesWritten: written ? Number(written[1]) : null }));
      const share = (100 * again.seconds) / full;
      progress(`incremental: ${again.seconds.toFixed(1)} s (${share.toFixed(0)}% of the full pipeline; ingest ${written ? `${written[1]} written, ${written[2]} unchanged` : '?'}; pages ${pages.rendered.length} rendered, ${pages.reused.length} reused; Pagefind ${pf2?.seconds ?? '?'} s)`);
      notes.push(`incremental rebuild = ${share.toFixed(0)}% of the full pipeline (target ≤ 25%); Astro rendered ${pages.rendered.length} pages and reused ${pages.reused.length}`);
    }

    // 6. Search in headless Chromium.
    if (!args['skip-search']) {
      const [first, second] = corpus.commonPeople;
      search = await measureSearch(path.join(root, 'dist'), first!, second!);
      for (const p of [search.first, search.second]) progress(`search "${p.query}": ${(p.bytes / 1000).toFixed(1)} kB in ${p.requests} requests (Pagefind ${(p.pagefindBytes / 1000).toFixed(1)} kB), ${p.ms.toFixed(0)} ms — ${p.results}`);
    }

    // 7. CPU profiles.
    if (args['cpu-prof']) {
      for (const name of await readdir(PROFILE_DIR)) {
        if (!name.endsWith('.cpuprofile')) continue;
        const summary = summarise(path.join(PROFILE_DIR, name), 20);
        if (summary.totalMs < 1000) continue;
        profiles[name] = summary;
        progress(`profile ${name}: ${(summary.totalMs / 1000).toFixed(1)} s\n${formatHotSpots(summary.self.slice(0, 12))}`);
      }
      notes.push('timings with --cpu-prof include profiler overhead; use a run without it for the figures');
    }

    const base = rows.find((r) => r.stage.startsWith('baseline'));
    if (base) for (const r of rows) if (r.stage !== 'generate corpus' && r.ratioToBaseline === null) r.ratioToBaseline = r.seconds / base.seconds;
    const table = printTable(rows);
    console.log(`\nN = ${N} reports, seed ${SEED}, ${cpus().length} cores, node ${process.version}\n${table}`);
    if (search) {
      console.log(`\nsearch (Chromium, loopback, compressed as a static host would):\n${formatPhase(search.first)}\n${formatPhase(search.second)}`);
    }
    for (const note of notes) console.log(`note: ${note}`);
    await mkdir(path.dirname(OUT), { recursive: true });
    await writeFile(OUT, `${JSON.stringify({
      reports: N, seed: SEED, date: new Date().toISOString(), machine: { cores: cpus().length, cpu: cpus()[0]?.model, memGiB: totalmem() / 2 ** 30, node: process.version },
      corpus: { seedBytes, ...corpus.distinct }, rows, search, notes, profiles,
    }, null, 2)}\n`);
    progress(`wrote ${path.relative(PROJECT, OUT)}${args.keep ? `; kept ${work}` : ''}`);
  } finally {
    if (!args.keep) await rm(work, { recursive: true, force: true });
  }
}

await main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
