/**
 * The bench's synthetic corpus: deterministic from its seed number, and every
 * report is one ingest accepts (no timed assertions here; timings live in
 * `npm run bench` and docs/PERFORMANCE.md).
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../src/bench/corpus.ts';
import { prepareReport } from '../../src/ingest/prepare.ts';
import { extract } from '../../src/extract/index.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

describe('bench corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = generateCorpus(40, 7, PROJECT);
    const b = generateCorpus(40, 7, PROJECT);
    const c = generateCorpus(40, 8, PROJECT);
    expect(a.reports).toEqual(b.reports);
    expect(c.reports.map((r) => r.text)).not.toEqual(a.reports.map((r) => r.text));
  });

  it('produces N distinct reports that ingest accepts, naming many people and places', () => {
    const n = 60;
    const { reports, distinct, commonPeople } = generateCorpus(n, 1, PROJECT);
    expect(reports).toHaveLength(n);
    expect(new Set(reports.map((r) => r.name)).size).toBe(n);
    expect(new Set(reports.map((r) => r.text)).size).toBe(n);
    for (const r of reports) expect(r.name).toMatch(/^\d{6}_[0-9a-f]{8}\.txt$/);
    expect(distinct.people).toBeGreaterThan(n);
    expect(distinct.places).toBeGreaterThan(20);
    expect(commonPeople.length).toBe(distinct.people);

    let people = 0;
    let dated = 0;
    for (const r of reports.slice(0, 20)) {
      const prepared = prepareReport(Buffer.from(r.text));
      expect(prepared.paragraphs.length).toBeGreaterThan(3);
      const facts = extract({ title: prepared.headline, dateline: prepared.dateline, body: prepared.body });
      people += facts.people.length;
      if (facts.date !== null) dated++;
    }
    expect(people).toBeGreaterThan(20);
    expect(dated).toBeGreaterThan(0);
  });
});
