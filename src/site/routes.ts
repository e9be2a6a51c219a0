/** URLs of archive pages, in one place so pages, plugins and tests agree. */
import type { EntityKind } from '../entities/index.ts';

const SECTION: Record<EntityKind, string> = { person: 'people', place: 'places', organization: 'organizations', source: 'sources' };

/** Path within the site (no base, no leading slash). */
export const entityPath = (kind: EntityKind, slug: string) => `${SECTION[kind]}/${slug}/`;
export const articlePath = (id: string) => `articles/${id}/`;
export const sectionPath = (kind: EntityKind) => `${SECTION[kind]}/`;
