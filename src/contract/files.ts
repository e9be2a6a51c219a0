/** Where the archive of record lives: one MDX file per report, written by ingest, read by the site. */

/** The articles folder, relative to the project. */
export const ARTICLES_DIR = 'content/articles';

/** Whether a path (either slash) is an article file directly in a project's articles folder. */
export const isArticleFile = (filePath: string): boolean => /[\\/]content[\\/]articles[\\/][^\\/]+\.mdx$/.test(filePath);
