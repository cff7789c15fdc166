/**
 * What the self-assessment island receives as props: plain data, validated at build time from
 * content/ and the organisation settings, with links already carrying the site's base path.
 */
import type { ChecklistAnswer } from '../result-file/types';

export type DossierCountField = 'submittedOnline' | 'reusedDigitised';

export interface ChecklistItemView {
  id: string;
  requirement: 1 | 2 | 3;
  title: string;
  explanation: string;
  guideHref: string;
  guideLabel: string;
  count?: DossierCountField;
  countLabel?: string;
}

/** A simulator whose Kiểm tra counts: one of the registry's (src/simulator/scenarios/index.ts). */
export interface SimulatorView {
  id: string;
  title: string;
  /** Its page, with the base path. */
  href: string;
}

export interface QuizOptionView {
  id: string;
  text: string;
  correct: boolean;
}

export interface QuizQuestionView {
  id: string;
  kind: 'single' | 'multiple';
  question: string;
  options: QuizOptionView[];
  explanation: string;
  sourceHref?: string;
  sourceLabel?: string;
}

export interface QuizView {
  passPercent: number;
  questionsPerAttempt: number;
  questions: QuizQuestionView[];
}

export interface RequirementView {
  number: number;
  title: string;
  /** What its percentage counts: people, or dossiers. */
  measure: string;
  target: number;
}

export interface OrganisationView {
  /** The centre as the directive and the result files name it (2024). */
  name: string;
  parent: string;
  /** The centre as named today, for the printed sheet's heading. */
  current: { shortName: string; parent: string };
  place: string;
  year: number;
  units: Array<{ id: string; name: string }>;
  contact: string;
}

export interface AssessmentContent {
  organisation: OrganisationView;
  requirements: RequirementView[];
  checklist: ChecklistItemView[];
  simulators: SimulatorView[];
  quiz: QuizView;
  /** Which wording of the checklist and quiz this build carries; written into result files. */
  contentVersion: string;
  /** The published JSON Schema of the result file, with the base path. */
  schemaHref: string;
}

export type { ChecklistAnswer };
