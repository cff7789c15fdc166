import source from '../../content/organisation.yaml?raw';
import { loadOrganisation } from './schema';

/**
 * The validated organisation settings. Imported at build time by pages; a wrong value stops the build
 * with a message naming the file and the field. Islands receive what they need as props rather than
 * importing this, so no YAML parser reaches the browser.
 */
export const organisation = loadOrganisation(source);
