/** Static paths for the redirect pages of one entity kind (see EntityIndex.redirects). */
import type { AnyEntity, EntityIndex, EntityKind } from '../entities/index.ts';

export function redirectPaths(entities: EntityIndex, kind: EntityKind): { params: { slug: string }; props: { redirect: AnyEntity } }[] {
  return [...entities.redirects]
    .filter(([, entity]) => entity.kind === kind)
    .map(([slug, entity]) => ({ params: { slug }, props: { redirect: entity } }));
}
