/** RSS feed of the newest reports (dated ones; an undated report has no place in a feed's order). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArchive } from '../site/archive.ts';
import { articlePath } from '../site/routes.ts';
import { href } from '../site/url.ts';

const FEED_SIZE = 50;

export async function GET(context: APIContext) {
  const { articles } = await getArchive();
  return rss({
    title: 'Report Archive',
    description: 'Newest reports in the archive.',
    site: context.site ?? 'http://localhost/',
    items: articles
      .filter((a) => a.data.date !== null)
      .slice(0, FEED_SIZE)
      .map((a) => ({
        title: a.data.title,
        link: href(articlePath(a.id)),
        // A month or a year stands for its first day; feeds need a full date.
        pubDate: new Date(`${`${a.data.date}-01-01`.slice(0, 10)}T12:00:00Z`),
        description: [a.data.dateline, a.data.sources.map((s) => s.name).join(', ')].filter(Boolean).join(' · '),
      })),
  });
}
