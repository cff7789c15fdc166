import directiveSource from '../../content/source-corrections/directive.yaml?raw';
import annexesSource from '../../content/source-corrections/annexes.yaml?raw';
import { loadCorrections, type Correction } from './schema';

/** Where each corrections file lives, for messages and for the page that lists them. */
export const correctionFiles = {
  directive: 'content/source-corrections/directive.yaml',
  annexes: 'content/source-corrections/annexes.yaml',
} as const;

export type CorrectionFile = keyof typeof correctionFiles;

/**
 * Every OCR correction, validated at build time: the directive and reference pages in one file, the
 * two annexes (Phụ lục 1 and 2) in another, each kept by whoever publishes those pages.
 */
export const corrections: Record<CorrectionFile, Correction[]> = {
  directive: loadCorrections(directiveSource, correctionFiles.directive),
  annexes: loadCorrections(annexesSource, correctionFiles.annexes),
};
