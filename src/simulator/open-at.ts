/**
 * How a page moves a fresh-run simulator (Island's `freshRunIn`) to a guide step: it sets this attribute
 * on the island's element (astro-island) to the step's id, before or after the island has loaded. Its own
 * module, so a page's script can name it without importing the simulator.
 */
export const OPEN_AT_ATTRIBUTE = 'data-open-at';
