import source from '../../content/directive/requirements.yaml?raw';
import { loadRequirements } from './schema';

/** The directive's three requirements in plain words, shared by the home page and the directive page. */
export const requirements = loadRequirements(source);
