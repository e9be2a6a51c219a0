import { describe, expect, it } from 'vitest';
import { paragraphsToMdx, verifyMdxBody } from '../../src/ingest/mdx.ts';

const hostile = [
  'export const x = (console.log("ran"), 1)',
  'import fs from "node:fs"',
  'export of grain rose 5%',
  'a {b} {c + d} <Component /> <b>bold</b> <script>alert(1)</script>',
  '# not a heading', '## nor this', '---', '***', '- not a list', '1. not a list', '> not a quote',
  '| a | b |', '```js', '~~~', '    four spaces', '[link](javascript:alert(1))', '![img](x)',
  'www.<img src="x" onerror="alert(1)" />', '&amp; &#x41; &copy;', '*stars* _under_ `code`', 'back\\slash',
  '<!-- comment -->', 'line with trailing backslash\\', '\u202eoverride\u200b zero-width', 'مرحبا بالعالم', '🙂',
];

describe('paragraphsToMdx', () => {
  it('writes every hostile paragraph so MDX reads it back as the same plain text', () => {
    const mdx = paragraphsToMdx(hostile);
    expect(verifyMdxBody(mdx, hostile)).toBeNull();
  });
  it('escapes import/export at a paragraph start with a character reference', () => {
    expect(paragraphsToMdx(['export const a = 1'])).toBe('&#x65;xport const a = 1\n');
    expect(paragraphsToMdx(['exports rose'])).toBe('exports rose\n');
  });
});

describe('verifyMdxBody (negative controls)', () => {
  it('catches an expression, JSX, ESM and markup the writer would never emit', () => {
    expect(verifyMdxBody('a {b}\n', ['a {b}'])).toMatch(/non-text/);
    expect(verifyMdxBody('<b>x</b>\n', ['<b>x</b>'])).toMatch(/non-text|mdxJsx/);
    expect(verifyMdxBody('export const a = 1\n', ['export const a = 1'])).toMatch(/mdxjsEsm|non-text/);
    expect(verifyMdxBody('# x\n', ['# x'])).toMatch(/heading/);
    expect(verifyMdxBody('one\n', ['two'])).toMatch(/round-trip/);
  });
});
