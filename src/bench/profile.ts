/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): the functions with
 * the most self time, and the project files with the most total (inclusive)
 * time. `node src/bench/profile.ts file.cpuprofile [top]` prints both.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface HotSpot {
  name: string;
  where: string;
  ms: number;
  percent: number;
}

const label = (n: ProfileNode): { name: string; where: string } => ({
  name: n.callFrame.functionName || '(anonymous)',
  where: n.callFrame.url ? `${n.callFrame.url.replace(/^file:\/\/.*?\/(node_modules|src)\//, '$1/')}:${n.callFrame.lineNumber + 1}` : '',
});

export function summarise(file: string, top = 25): { totalMs: number; self: HotSpot[]; inclusiveSrc: HotSpot[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = profile.endTime - profile.startTime;

  // Self time per function (merged over call sites).
  const self = new Map<string, { name: string; where: string; us: number }>();
  for (const [id, us] of selfUs) {
    const l = label(byId.get(id)!);
    const key = `${l.name}@${l.where}`;
    const entry = self.get(key) ?? { ...l, us: 0 };
    entry.us += us;
    self.set(key, entry);
  }

  // Inclusive time for functions in the project's src/ (counted once per sample stack).
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, { name: string; where: string; us: number }>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur)!;
      if (!node.callFrame.url.includes('/src/') || node.callFrame.url.includes('node_modules')) continue;
      const l = label(node);
      const key = `${l.name}@${l.where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = inclusive.get(key) ?? { ...l, us: 0 };
      entry.us += us;
      inclusive.set(key, entry);
    }
  }
  const rank = (m: Map<string, { name: string; where: string; us: number }>): HotSpot[] =>
    [...m.values()].sort((a, b) => b.us - a.us).slice(0, top).map((e) => ({ name: e.name, where: e.where, ms: e.us / 1000, percent: (100 * e.us) / totalUs }));
  return { totalMs: totalUs / 1000, self: rank(self), inclusiveSrc: rank(inclusive) };
}

export function formatHotSpots(spots: HotSpot[]): string {
  return spots.map((s) => `${s.ms.toFixed(0).padStart(8)} ms ${s.percent.toFixed(1).padStart(5)}%  ${s.name}  ${s.where}`).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node src/bench/profile.ts file.cpuprofile [top]');
    process.exit(2);
  }
  const { totalMs, self, inclusiveSrc } = summarise(file, Number(process.argv[3] ?? 25));
  console.log(`${file}: ${(totalMs / 1000).toFixed(1)} s profiled\n\nSelf time:\n${formatHotSpots(self)}\n\nInclusive time, project src/:\n${formatHotSpots(inclusiveSrc)}`);
}
