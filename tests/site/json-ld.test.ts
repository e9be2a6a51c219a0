import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/site/json-ld.ts';

describe('jsonForScript', () => {
  it('cannot end its <script> element, and parses back to the same value', () => {
    const value = { headline: 'A </script><script>alert(1)</script> & <!-- x --> \u2028 line' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
  it('is needed: plain JSON.stringify leaves the closing tag in (negative control)', () => {
    expect(JSON.stringify({ t: '</script>' })).toContain('</script>');
  });
});
