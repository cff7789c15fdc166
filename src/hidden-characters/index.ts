/**
 * Characters a reader cannot see but that change text: zero-width spaces and joiners, the soft hyphen,
 * the byte-order mark, and the bidi marks, embeddings, overrides and isolates (Unicode's format
 * characters, Cf). In a name from a file they make two equal-looking names differ, and an override
 * reverses the page's own text after it; so messages drop them, and comparisons ignore them.
 */
const HIDDEN = /\p{Cf}/u;
const ALL_HIDDEN = /\p{Cf}/gu;

export const hasHiddenCharacters = (text: string | null | undefined): boolean => (text ? HIDDEN.test(text) : false);

export const withoutHiddenCharacters = (text: string): string => text.replace(ALL_HIDDEN, '');
