/** Site-relative links that honour the configured base path (ARCHIVE_BASE). */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('articles/x/')` → `/archive/articles/x/` under base `/archive/`. */
export function href(pathWithinSite: string): string {
  return BASE + pathWithinSite.replace(/^\//, '');
}
