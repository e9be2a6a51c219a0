/** Public surface of the entity stage. */
export { buildEntityIndex, isQualifiedPlaceKind } from './build.ts';
export type * from './types.ts';
