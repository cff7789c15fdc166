/**
 * Pagefind's ranking options for this site, measured with the query table in `expected-results.ts`
 * (`npm run bench` prints its hit rate).
 */
export const ranking = { pageLength: 0.1, termFrequency: 1, termSaturation: 2, termSimilarity: 9 };
