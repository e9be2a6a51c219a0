/**
 * What `astro build` says it did with each page: one log line per page, `(cached)` or
 * `(restored)` when its incremental build copied the page from the previous build.
 */

/** Pages the build log says were rendered, and pages it reused from the previous build. */
export function pagesInBuildLog(output: string): { rendered: string[]; reused: string[] } {
  // eslint-disable-next-line no-control-regex -- Astro colours its log even when not on a terminal
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => /[├└]─ \//.test(l));
  const page = (line: string) => /─ (\S+)/.exec(line)![1]!;
  const reused = (line: string) => /\((?:cached|restored)\)/.test(line);
  return { rendered: lines.filter((l) => !reused(l)).map(page), reused: lines.filter(reused).map(page) };
}
