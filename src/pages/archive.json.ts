import { getArchive } from '../site/archive.ts';
import { archiveExport } from '../site/export.ts';

export async function GET() {
  const { articles, entities } = await getArchive();
  return Response.json(archiveExport(articles, entities));
}
