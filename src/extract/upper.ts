/**
 * `\p{Lu}` for regexes that scan whole sentences or bodies. V8 tests a large Unicode class by a
 * binary search at every position; a one-range test that every uppercase letter passes (A–Z, or
 * above U+00BF) goes first and turns most positions away cheaply. Same matches, about twice as fast.
 */
export const UPPER = '(?=[A-Z\\u00C0-\\u{10FFFF}])\\p{Lu}';
