import { getArchive } from '../site/archive.ts';
import { peopleExport } from '../site/export.ts';

export async function GET() {
  return Response.json(peopleExport((await getArchive()).entities.people));
}
