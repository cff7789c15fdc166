/** Where `npm test` serves the two builds of the site. */
export const ROOT_PORT = 4400;
export const SUBFOLDER_PORT = 4401;
/** The subfolder build's base path, as the centre's web site would host it. */
export const SUBFOLDER_BASE = '/dvc/';
