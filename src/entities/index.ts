/** Public surface of the entity stage. */
export { buildEntityIndex } from './build.ts';
export type * from './types.ts';
