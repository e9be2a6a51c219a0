import { extract, type Extraction } from '../../src/extract/index.ts';

export function run(body: string, dateline: string | null = null): Extraction {
  return extract({ title: null, dateline, body });
}
export const names = (xs: { name: string }[]): string[] => xs.map((x) => x.name);
