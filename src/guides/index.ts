import { loadYaml } from '../content-files/validate';
import phuLuc1Source from '../../content/guides/phu-luc-1.yaml?raw';
import phuLuc2Source from '../../content/guides/phu-luc-2.yaml?raw';
import { parseGuide, type Guide, type GuideStep } from './schema';

/** Where each guide's wording lives, for error messages. */
export const guideFiles = {
  'phu-luc-1': 'content/guides/phu-luc-1.yaml',
  'phu-luc-2': 'content/guides/phu-luc-2.yaml',
} as const;

export type GuideId = keyof typeof guideFiles;

function loadGuide(source: string, file: string, prefix: 'p1' | 'p2'): Guide {
  return parseGuide(loadYaml(source, file), file, prefix);
}

/**
 * The two guides' wording, validated at build time. Pages, the simulators' scenarios and the trainer's
 * slides all read steps from here by id, so a step is worded once. Islands receive what they need as
 * props, so no YAML parser reaches the browser.
 */
export const guides: Record<GuideId, Guide> = {
  'phu-luc-1': loadGuide(phuLuc1Source, guideFiles['phu-luc-1'], 'p1'),
  'phu-luc-2': loadGuide(phuLuc2Source, guideFiles['phu-luc-2'], 'p2'),
};

/** One step by id; a wrong id in a page stops the build with a message naming the guide file. */
export function getStep(guide: GuideId, id: string): GuideStep {
  const step = guides[guide].steps.find((candidate) => candidate.id === id);
  if (!step) {
    const known = guides[guide].steps.map((candidate) => candidate.id).join(', ');
    throw new Error(`Không có bước "${id}" trong ${guideFiles[guide]} (các mã có: ${known}).`);
  }
  return step;
}

export type { Guide, GuideStep } from './schema';
