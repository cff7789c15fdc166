/**
 * The self-assessment's content, loaded and checked at build time: the checklist and quiz from
 * content/assessment/, the organisation settings, the directive's requirements and the simulators' pages.
 * Only .astro frontmatter imports this; the island gets the result as props.
 */
import checklistSource from '../../content/assessment/checklist.yaml?raw';
import quizSource from '../../content/assessment/quiz.yaml?raw';
import organisationSource from '../../content/organisation.yaml?raw';
import { withBase } from '../navigation/paths';
import { organisation } from '../organisation';
import { requirements } from '../requirements';
import { sha256Hex } from '../result-file/checksum';
import { RESULT_FILE_SCHEMA_PATH } from '../result-file/types';
import { scenarioPath } from '../simulator/scenarios';
import { loadYaml, parseContent } from '../content-files/validate';
import { checklistSchema, quizSchema, type ChecklistData, type QuizData } from './content-schema';
import type { AssessmentContent } from './types';

export const CHECKLIST_FILE = 'content/assessment/checklist.yaml';
export const QUIZ_FILE = 'content/assessment/quiz.yaml';

export const checklistData: ChecklistData = parseContent(
  checklistSchema,
  loadYaml(checklistSource, CHECKLIST_FILE),
  CHECKLIST_FILE,
  'Nội dung tự đánh giá',
);
export const quizData: QuizData = parseContent(
  quizSchema,
  loadYaml(quizSource, QUIZ_FILE),
  QUIZ_FILE,
  'Nội dung tự đánh giá',
);

/**
 * Names the wording people answered: the target year and a short hash of the checklist, quiz and
 * organisation files, so the TCHC office can tell which version of the questions a file comes from.
 */
export function contentVersionOf(year: number, ...sources: string[]): string {
  return `${year}-${sha256Hex(sources.join('\u0000')).slice(0, 10)}`;
}

export function buildAssessmentContent(): AssessmentContent {
  const year = String(organisation.year);
  // {howMeasured}: the one sentence on how the reuse target is measured (content/directive/requirements.yaml).
  const howMeasured = requirements.find((requirement) => requirement.howMeasured)?.howMeasured ?? '';
  const fill = (text: string) => text.replaceAll('{year}', year).replaceAll('{howMeasured}', howMeasured);
  return {
    organisation: {
      name: organisation.name,
      parent: organisation.parent,
      current: { shortName: organisation.current.shortName, parent: organisation.current.parent },
      place: organisation.place,
      year: organisation.year,
      units: organisation.units.map(({ id, name }) => ({ id, name })),
      contact: organisation.contact,
    },
    requirements: requirements.map((requirement) => ({
      number: requirement.number,
      title: requirement.title,
      measure: requirement.measure,
      target: organisation.targets[requirement.target],
    })),
    checklist: checklistData.items.map((item) => ({
      id: item.id,
      requirement: item.requirement,
      title: fill(item.title),
      explanation: fill(item.explanation),
      guideHref: withBase(item.guide.href),
      guideLabel: item.guide.label,
      ...(item.count && item.countLabel ? { count: item.count, countLabel: fill(item.countLabel) } : {}),
    })),
    simulators: checklistData.simulators.map((simulator) => ({
      id: simulator.id,
      title: simulator.title,
      href: withBase(scenarioPath(simulator.id)),
    })),
    quiz: {
      passPercent: quizData.passPercent,
      questionsPerAttempt: quizData.questionsPerAttempt,
      questions: quizData.questions.map((question) => ({
        id: question.id,
        kind: question.kind,
        question: fill(question.question),
        options: question.options.map(({ id, text, correct }) => ({ id, text: fill(text), correct })),
        explanation: fill(question.explanation),
        ...(question.source ? { sourceHref: withBase(question.source.href), sourceLabel: question.source.label } : {}),
      })),
    },
    contentVersion: contentVersionOf(organisation.year, checklistSource, quizSource, organisationSource),
    schemaHref: withBase(RESULT_FILE_SCHEMA_PATH),
  };
}
