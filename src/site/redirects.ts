/** Static paths for the redirect pages of one entity kind (see EntityIndex.redirects). */
import type { AnyEntity, EntityIndex, EntityKind } from '../entities/index.ts';
import { pageKey } from './page-key.ts';

export function redirectPaths(
  entities: EntityIndex,
  kind: EntityKind,
): { params: { slug: string }; props: { redirect: AnyEntity }; cacheKey: string }[] {
  return [...entities.redirects]
    .filter(([, entity]) => entity.kind === kind)
    .map(([slug, entity]) => ({ params: { slug }, props: { redirect: entity }, cacheKey: pageKey(null, entity) }));
}
