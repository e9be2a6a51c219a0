/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify
 * alone lets a title containing `</script>` end the element early, so `<`, `>`
 * and `&` (and the JS line separators) are written as \u escapes, which JSON
 * parsers read back as the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
