import { getArchive } from '../site/archive.ts';
import { placesExport } from '../site/export.ts';

export async function GET() {
  return Response.json(placesExport((await getArchive()).entities.places));
}
