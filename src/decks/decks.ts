/**
 * The trainer's decks (/trinh-chieu/…), made from content/: the directive's requirements and targets, the
 * guides' steps (wording, ids and speaker notes) and the organisation settings. Nothing here is worded
 * twice: a slide holds references to that content, and the deck's own words are only its frame (the
 * names of the decks and of a few slides).
 */
import { guides, type GuideId } from '../guides/index';
import type { GuideStep } from '../guides/schema';
import { organisation } from '../organisation';
import { requirements } from '../requirements';
import { scenarioPath, type ScenarioId } from '../simulator/scenarios';
import type { ChecklistItemView } from '../assessment/types';
import type { Scenario } from '../simulator/engine/types';
import { stepIndexOf } from '../simulator/engine/machine';

interface SlideBase {
  /** Unique in its deck; the slide element's id. */
  id: string;
  /** A short name: the overview, the presenter view and the slide's accessible label. */
  name: string;
  /** What the trainer says, plain text with `**bold**`; shown only in the presenter view. */
  notes?: string | undefined;
}

export type Slide = SlideBase &
  (
    | {
        kind: 'title';
        heading: string;
        subtitle?: string | undefined;
        /** Root-relative page the QR code opens on attendees' phones. */
        qrPath: string;
      }
    | { kind: 'requirement'; number: number; title: string; target: number; measure: string; summary: string }
    | { kind: 'points'; heading: string; points: readonly string[] }
    | { kind: 'step'; guide: GuideId; step: GuideStep; scenario: ScenarioId }
    | {
        kind: 'live';
        /** The guide step the live simulator opens at; "next" plays its demo actions, then leaves the slide. */
        step: GuideStep;
        scenario: ScenarioId;
      }
  );

export type SlideKind = Slide['kind'];

export interface Deck {
  /** The page's slug: /trinh-chieu/<id>/. */
  id: DeckId;
  title: string;
  /** One sentence for /trinh-chieu/ and the page's description. */
  summary: string;
  slides: readonly Slide[];
}

export const DECK_IDS = ['cong-van', 'phu-luc-1', 'phu-luc-2', 'tu-danh-gia'] as const;
export type DeckId = (typeof DECK_IDS)[number];

export const deckPath = (id: DeckId) => `/trinh-chieu/${id}/`;

/** What only the pages' frontmatter knows (content/docs, read through astro:content). */
export interface PageFacts {
  /** The directive page's title (content/docs/cong-van.mdx). */
  directiveTitle: string;
  /** The self-assessment page's description (content/docs/tu-danh-gia.mdx). */
  selfAssessmentDescription: string;
  /** The checklist as the self-assessment shows it, `{year}` filled in. */
  checklist: readonly ChecklistItemView[];
  /** Each scenario as Hướng dẫn builds it: which guide steps it acts on (a final check has nothing to play). */
  scenarios: Readonly<Record<ScenarioId, Scenario>>;
}

/** The heading of a slide where the simulator runs. */
export const liveLabel = 'Làm trực tiếp';

const sessionTitle = (topic: string) => `Tập huấn: ${topic}`;

function titleSlide(heading: string, qrPath: string, subtitle?: string, notes?: string): Slide {
  return { kind: 'title', id: 'mo-dau', name: 'Trang mở đầu', heading, subtitle, qrPath, notes };
}

function directiveDeck(facts: PageFacts): Deck {
  const title = sessionTitle(facts.directiveTitle);
  // Phụ lục 1's basis line is where the content says from when VNeID level 2 is required.
  const deadline = guides['phu-luc-1'].basis;
  return {
    id: 'cong-van',
    title,
    summary: 'Ba yêu cầu của công văn, chỉ tiêu của từng yêu cầu và thời hạn.',
    slides: [
      titleSlide(title, '/luyen-tap/', `Năm ${organisation.year}`),
      ...requirements.map((requirement): Slide => ({
        kind: 'requirement',
        id: `yeu-cau-${requirement.number}`,
        name: `Yêu cầu ${requirement.number}: ${requirement.title}`,
        number: requirement.number,
        title: requirement.title,
        target: organisation.targets[requirement.target],
        measure: requirement.measure,
        summary: requirement.summary,
        notes: requirement.howMeasured,
      })),
      {
        kind: 'points',
        id: 'thoi-han',
        name: 'Thời hạn',
        heading: 'Thời hạn',
        points: deadline ? [deadline] : [],
      },
      {
        kind: 'points',
        id: 'cac-phu-luc',
        name: 'Hai phụ lục hướng dẫn',
        heading: 'Hai phụ lục hướng dẫn',
        points: [guides['phu-luc-1'].title, guides['phu-luc-2'].title],
      },
    ],
  };
}

function guideDeck(id: 'phu-luc-1' | 'phu-luc-2', scenario: ScenarioId, facts: PageFacts): Deck {
  const guide = guides[id];
  const played = facts.scenarios[scenario];
  const title = sessionTitle(guide.title);
  return {
    id,
    title,
    summary: `Từng bước của ${guide.title.split(':')[0] ?? guide.title}: màn hình mô phỏng của bước, rồi làm trực tiếp bước đó trên mô phỏng.`,
    slides: [
      titleSlide(title, scenarioPath(scenario), guide.basis),
      { kind: 'points', id: 'muc-dich', name: 'Mục đích', heading: 'Mục đích', points: [guide.purpose] },
      ...guide.steps.flatMap((step): Slide[] => [
        {
          kind: 'step',
          id: step.id,
          name: `${step.label}: ${step.title}`,
          guide: id,
          step,
          scenario,
          notes: step.notes,
        },
        // Right after the step's screen, the room watches the step done on the simulator itself.
        ...(stepIndexOf(played, step.id) < 0
          ? []
          : [
              {
                kind: 'live',
                id: `${step.id}-truc-tiep`,
                name: `${liveLabel}: ${step.label}`,
                step,
                scenario,
                notes: `${liveLabel}: phím tiếp theo chạy từng thao tác của ${step.label.toLowerCase()} trên mô phỏng; hết thao tác thì sang trang sau.`,
              } satisfies Slide,
            ]),
      ]),
    ],
  };
}

function selfAssessmentDeck(facts: PageFacts): Deck {
  const title = 'Tự đánh giá và nộp kết quả';
  return {
    id: 'tu-danh-gia',
    title,
    summary: 'Các việc của phiếu tự đánh giá theo từng yêu cầu, và cách xuất tệp kết quả gửi phòng TCHC.',
    slides: [
      titleSlide(title, '/tu-danh-gia/', `Năm ${organisation.year}`, facts.selfAssessmentDescription),
      ...requirements.map((requirement): Slide => ({
        kind: 'points',
        id: `yeu-cau-${requirement.number}`,
        name: `Yêu cầu ${requirement.number}: ${requirement.title}`,
        heading: `Yêu cầu ${requirement.number}: ${requirement.title}`,
        points: facts.checklist.filter((item) => item.requirement === requirement.number).map((item) => item.title),
        notes: facts.checklist
          .filter((item) => item.requirement === requirement.number)
          .map((item) => item.explanation)
          .join(' '),
      })),
      {
        kind: 'title',
        id: 'nop-ket-qua',
        name: 'Xuất tệp kết quả',
        heading: 'Xuất tệp kết quả',
        subtitle: facts.selfAssessmentDescription,
        qrPath: '/tu-danh-gia/',
        notes: organisation.contact,
      },
    ],
  };
}

/** Every deck, in the order /trinh-chieu/ lists them. */
export function buildDecks(facts: PageFacts): Deck[] {
  return [
    directiveDeck(facts),
    guideDeck('phu-luc-1', 'lien-ket-vneid', facts),
    guideDeck('phu-luc-2', 'lay-tu-kho', facts),
    selfAssessmentDeck(facts),
  ];
}

/**
 * Where a step's slide draws the simulator: its screen when the guide step is due, with the control the
 * demo would press first outlined. A guide step the scenario has no step for (a final check) is drawn
 * as the run's last screen, with nothing outlined.
 */
export function stillOfStep(scenario: Scenario, guideStepId: string): { at?: string; highlight?: string } {
  const index = stepIndexOf(scenario, guideStepId);
  const step = scenario.steps[index];
  if (index < 0 || !step) return {};
  const target = step.correct[0]?.target;
  return target === undefined ? { at: guideStepId } : { at: guideStepId, highlight: target };
}
