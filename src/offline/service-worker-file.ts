/** The worker's file, at the root of the build so that its scope is the whole site, under any base. */
export const SERVICE_WORKER_FILE = 'sw.js';
