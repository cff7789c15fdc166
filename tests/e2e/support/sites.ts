/** Where `npm test` serves the two builds of the site (overridable, so two checkouts can test at once). */
export const ROOT_PORT = Number(process.env.E2E_ROOT_PORT ?? 4400);
export const SUBFOLDER_PORT = Number(process.env.E2E_SUBFOLDER_PORT ?? 4401);
/** The subfolder build's base path, as the centre's web site would host it. */
export const SUBFOLDER_BASE = '/dvc/';
/** The public address the subfolder build is given (SITE_URL in package.json's build:subfolder). */
export const SUBFOLDER_SITE_URL = 'https://ttyt.example.vn';
