/**
 * The report arithmetic: per unit and in total, replies against the staff count, each checklist item's
 * share done, simulators and quiz, and each of the directive's three targets met or not. Pure, so the
 * numbers are checked by hand in report.spec.ts.
 *
 * Rules (written where the directive is silent, as a demanding reader would expect):
 * - "Đã làm" counts as done; "Chưa làm" and no answer count in the denominator; "Không áp dụng" leaves it.
 * - Targets 1 and 2 are shares of STAFF, not of replies: the denominator is the unit's staff minus those
 *   for whom the requirement does not apply. Two replies out of thirty never read as 100%.
 * - With a roster, a unit's staff is its roster and only roster people who replied count: a reply that
 *   matches no one on the roster is listed apart and never fills the place of someone who has not sent.
 *   Each roster place is filled at most once. Without a roster, the settings' headcount (never less than
 *   the replies).
 * - A person meets target 1 or 2 when every item of that requirement is done or does not apply, and at
 *   least one is done; when all of them do not apply, the person leaves that target's denominator.
 * - Target 3 is computed as the KPI is: dossiers that reused a digitised paper ÷ dossiers submitted
 *   online, summed over people; the share of people who reused at least once is shown beside it.
 */
import type { ChecklistAnswer, QuizResult, SimulatorEntry } from './result-file-bridge';
import type { Person } from './ingest';
import { rosterEntryKey, rosterKeys, type RosterLinks, type RosterPerson } from './roster';
import { sortByVietnameseNameSteps } from './sort';
import { runSteps, ticker, type Steps } from './steps';
import { REQUIREMENT_NUMBERS, type AggregateConfig, type RequirementKey } from './types';

export interface Fraction {
  /** People (or dossiers) counted as done. */
  done: number;
  /** What they are counted against; 0 means there is nothing to count. */
  of: number;
}

export interface TargetResult extends Fraction {
  target: number;
  /** Percent, or null when the denominator is 0. */
  percent: number | null;
  met: boolean;
}

export interface ReuseResult extends TargetResult {
  /** People who reused at least once, out of the replies. */
  peopleReused: Fraction;
}

export interface QuizSummary {
  /** People who passed, out of the replies. */
  passed: Fraction;
  /** How many took the quiz at all. */
  taken: number;
  /** Average best score in percent among those who took it, or null. */
  averagePercent: number | null;
}

/** A quiz or simulator test: passed, taken and failed, or not taken. Three states, never two. */
export type TestState =
  { kind: 'passed' | 'failed'; score: number; maxScore: number } | { kind: 'not-taken' } | { kind: 'unavailable' };

export function quizState(quiz: QuizResult | null): TestState {
  if (!quiz) return { kind: 'not-taken' };
  return { kind: quiz.passed ? 'passed' : 'failed', score: quiz.bestScore, maxScore: quiz.maxScore };
}

export function simulatorState(entry: SimulatorEntry | undefined): TestState {
  if (!entry?.available) return { kind: 'unavailable' };
  if (!entry.test) return { kind: 'not-taken' };
  return { kind: entry.test.passed ? 'passed' : 'failed', score: entry.test.bestScore, maxScore: entry.test.maxScore };
}

export interface UnitReport {
  unitId: string;
  unitName: string;
  /** Replies counted in this unit's figures (with a roster: roster people who replied). */
  respondents: number;
  /** With a roster: replies from this unit's people who are not on it, listed apart and not counted. */
  offRoster: number;
  /** Staff expected to reply: roster, else headcount, never below the replies; null when unknown. */
  expected: number | null;
  expectedSource: 'roster' | 'headcount' | 'replies';
  /** Per checklist item id. */
  items: Record<string, Fraction>;
  /** Per checklist item id: people who answered "Không áp dụng" (out of the item's denominator). */
  notApplicable: Record<string, number>;
  /** Per simulator id: people who passed its test, out of the replies; `available` false until it exists. */
  simulators: Record<string, Fraction & { available: boolean }>;
  quiz: QuizSummary;
  onlineServicesAndPayment: TargetResult;
  vneidLevel2: TargetResult;
  digitisedReuse: ReuseResult;
}

export interface MissingPerson {
  name: string;
  staffCode: string | null;
  /** "Chưa làm", no answer, or (the quiz) taken and not passed. */
  answer: 'not-done' | 'unanswered' | 'failed';
  /** The quiz's state, for the quiz list. */
  test?: TestState;
}

/** For one thing to chase (a checklist item, the quiz), the people still missing it, by unit. */
export interface MissingList {
  id: string;
  kind: 'item' | 'quiz';
  byUnit: Array<{ unitId: string; unitName: string; people: MissingPerson[] }>;
  total: number;
}

/** For one checklist item, who said it does not apply and why, by unit: the office accepts or asks. */
export interface NotApplicableList {
  id: string;
  byUnit: Array<{
    unitId: string;
    unitName: string;
    people: Array<{ name: string; staffCode: string | null; reason: string | null }>;
  }>;
  total: number;
}

export interface Report {
  units: UnitReport[];
  total: UnitReport;
  missing: MissingList[];
  notApplicable: NotApplicableList[];
  /** The people each unit's figures count (with a roster: its roster people who replied), sorted by tên. */
  peopleByUnit: Map<string, Person[]>;
  /** With a roster: who has not sent a file at all, by unit (sorted by tên). */
  notSent: Array<{ unitId: string; unitName: string; people: RosterPerson[] }> | null;
  notSentTotal: number;
  /** Replies that match no one on the roster (a name spelled differently, a newcomer): not counted. */
  notOnRoster: Person[];
  /** Roster people who have not replied, by unit: what an off-roster reply can be matched to. */
  unmatchedRoster: Map<string, RosterPerson[]>;
}

export const percentOf = (done: number, of: number): number | null => (of > 0 ? (done * 100) / of : null);
const reaches = (done: number, of: number, target: number) => of > 0 && done * 100 >= target * of;

function answerOf(person: Person, itemId: string): ChecklistAnswer | null {
  return person.file.content.checklist.find((entry) => entry.id === itemId)?.answer ?? null;
}

type PersonStatus = 'met' | 'not-met' | 'not-applicable';

function requirementStatus(person: Person, itemIds: readonly string[]): PersonStatus {
  let done = 0;
  for (const id of itemIds) {
    const answer = answerOf(person, id);
    if (answer === 'done') done++;
    else if (answer !== 'not-applicable') return 'not-met';
  }
  return done > 0 ? 'met' : itemIds.length === 0 ? 'not-met' : 'not-applicable';
}

function* summarise(
  unitId: string,
  unitName: string,
  people: readonly Person[],
  expectedBase: { count: number; source: 'roster' | 'headcount' } | null,
  config: AggregateConfig,
  offRoster = 0,
): Steps<UnitReport> {
  const tick = ticker();
  const respondents = people.length;
  // A roster's count is exact (only its people are counted); a headcount is an estimate the replies can pass.
  const expected =
    expectedBase?.source === 'roster' ? expectedBase.count : Math.max(expectedBase?.count ?? 0, respondents);
  const items: Record<string, Fraction> = {};
  const notApplicable: Record<string, number> = {};
  for (const item of config.checklist) {
    let done = 0;
    let of = 0;
    notApplicable[item.id] = 0;
    for (const person of people) {
      if (tick()) yield;
      const answer = answerOf(person, item.id);
      if (answer === 'not-applicable') {
        notApplicable[item.id]!++;
        continue;
      }
      of++;
      if (answer === 'done') done++;
    }
    items[item.id] = { done, of };
  }
  const simulators: UnitReport['simulators'] = {};
  for (const simulator of config.simulators) {
    let done = 0;
    let available = false;
    for (const person of people) {
      if (tick()) yield;
      const entry = person.file.content.simulators.find((s) => s.id === simulator.id);
      if (entry?.available) available = true;
      if (entry?.test?.passed) done++;
    }
    simulators[simulator.id] = { done, of: respondents, available };
  }
  let taken = 0;
  let passed = 0;
  let scoreSum = 0;
  for (const person of people) {
    if (tick()) yield;
    const quiz = person.file.content.quiz;
    if (!quiz) continue;
    taken++;
    if (quiz.passed) passed++;
    scoreSum += (quiz.bestScore * 100) / quiz.maxScore;
  }

  function* target(key: Exclude<RequirementKey, 'digitisedReuse'>): Steps<TargetResult> {
    const itemIds = config.checklist
      .filter((item) => item.requirement === REQUIREMENT_NUMBERS[key])
      .map((item) => item.id);
    let met = 0;
    let notApplicable = 0;
    for (const person of people) {
      if (tick()) yield;
      const status = requirementStatus(person, itemIds);
      if (status === 'met') met++;
      else if (status === 'not-applicable') notApplicable++;
    }
    const of = expected - notApplicable;
    return {
      done: met,
      of,
      target: config.targets[key],
      percent: percentOf(met, of),
      met: reaches(met, of, config.targets[key]),
    };
  }
  const onlineServicesAndPayment = yield* target('onlineServicesAndPayment');
  const vneidLevel2 = yield* target('vneidLevel2');

  let submitted = 0;
  let reused = 0;
  let peopleReused = 0;
  for (const person of people) {
    if (tick()) yield;
    const { submittedOnline, reusedDigitised } = person.file.content.dossiers;
    submitted += submittedOnline ?? 0;
    reused += reusedDigitised ?? 0;
    if ((reusedDigitised ?? 0) > 0) peopleReused++;
  }
  const reuseTarget = config.targets.digitisedReuse;
  return {
    unitId,
    unitName,
    respondents,
    offRoster,
    expected,
    expectedSource: expectedBase?.source ?? 'replies',
    items,
    notApplicable,
    simulators,
    quiz: { passed: { done: passed, of: respondents }, taken, averagePercent: taken > 0 ? scoreSum / taken : null },
    onlineServicesAndPayment,
    vneidLevel2,
    digitisedReuse: {
      done: reused,
      of: submitted,
      target: reuseTarget,
      percent: percentOf(reused, submitted),
      met: reaches(reused, submitted, reuseTarget),
      peopleReused: { done: peopleReused, of: respondents },
    },
  };
}

/**
 * Matches replies to roster places: first the office's own choices ("match to this roster name", "add
 * to the roster"), then staff code, then name and unit. A place is filled at most once.
 */
function* matchRoster(
  people: readonly Person[],
  roster: readonly RosterPerson[],
  links: RosterLinks,
): Steps<{ entries: RosterPerson[]; matched: Map<Person, RosterPerson> }> {
  const tick = ticker();
  const entries = [...roster];
  const byEntryKey = new Map(entries.map((entry) => [rosterEntryKey(entry), entry]));
  for (const person of people) {
    if (links[person.key] !== 'add') continue;
    const { name, unitId, staffCode } = person.file.content.person;
    const added = { name, unitId, staffCode };
    entries.push(added);
    byEntryKey.set(rosterEntryKey(added), added);
  }
  const taken = new Set<RosterPerson>();
  const matched = new Map<Person, RosterPerson>();
  const fill = (person: Person, entry: RosterPerson | undefined) => {
    if (!entry || taken.has(entry) || matched.has(person)) return;
    taken.add(entry);
    matched.set(person, entry);
  };
  for (const person of people) {
    const link = links[person.key];
    if (link === 'add') {
      const { name, unitId, staffCode } = person.file.content.person;
      fill(person, byEntryKey.get(rosterEntryKey({ name, unitId, staffCode })));
    } else if (link) fill(person, byEntryKey.get(link));
  }
  const byKey = new Map<string, RosterPerson[]>();
  for (const entry of entries) {
    if (tick()) yield;
    for (const key of rosterKeys(entry)) {
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
  }
  for (const person of people) {
    if (tick()) yield;
    if (matched.has(person) || links[person.key]) continue;
    for (const key of rosterKeys(person.file.content.person)) {
      const free = byKey.get(key)?.find((entry) => !taken.has(entry));
      if (free) {
        fill(person, free);
        break;
      }
    }
  }
  return { entries, matched };
}

/**
 * The report, as steps that can pause (see ./steps.ts). People are sorted by tên once, and every list
 * is taken from that order, so no list needs sorting again.
 */
export function* buildReportSteps(
  people: readonly Person[],
  config: AggregateConfig,
  roster: readonly RosterPerson[] | null,
  links: RosterLinks = {},
): Steps<Report> {
  const tick = ticker();
  const sorted = yield* sortByVietnameseNameSteps(people, (person) => person.file.content.person.name);
  const unitIds = new Set(config.units.map((unit) => unit.id));
  const byUnit = new Map<string, Person[]>(config.units.map((unit) => [unit.id, []]));
  const counted = new Map<string, Person[]>(config.units.map((unit) => [unit.id, []]));
  const offRoster = new Map<string, number>();
  const rosterByUnit = new Map<string, RosterPerson[]>(config.units.map((unit) => [unit.id, []]));
  const unmatchedRoster = new Map<string, RosterPerson[]>();
  const notOnRoster: Person[] = [];
  let notSent: Report['notSent'] = null;
  for (const person of sorted) byUnit.get(person.file.content.person.unitId)?.push(person);

  if (roster) {
    const { entries, matched } = yield* matchRoster(people, roster, links);
    const entriesSorted = yield* sortByVietnameseNameSteps(entries, (entry) => entry.name);
    for (const entry of entriesSorted) rosterByUnit.get(entry.unitId)?.push(entry);
    for (const person of sorted) {
      if (tick()) yield;
      const entry = matched.get(person);
      // The roster says where a person works: a reply matched by staff code counts in the roster's unit.
      if (entry) counted.get(entry.unitId)?.push(person);
      else {
        notOnRoster.push(person);
        const unitId = person.file.content.person.unitId;
        offRoster.set(unitId, (offRoster.get(unitId) ?? 0) + 1);
      }
    }
    const filled = new Set(matched.values());
    for (const unit of config.units) {
      const waiting = (rosterByUnit.get(unit.id) ?? []).filter((entry) => !filled.has(entry));
      if (waiting.length > 0) unmatchedRoster.set(unit.id, waiting);
    }
    notSent = config.units.flatMap((unit) => {
      const waiting = unmatchedRoster.get(unit.id);
      return waiting ? [{ unitId: unit.id, unitName: unit.name, people: waiting }] : [];
    });
  } else for (const [unitId, list] of byUnit) counted.set(unitId, list);

  const units: UnitReport[] = [];
  for (const unit of config.units)
    units.push(
      yield* summarise(
        unit.id,
        unit.name,
        counted.get(unit.id) ?? [],
        roster
          ? { count: rosterByUnit.get(unit.id)?.length ?? 0, source: 'roster' }
          : unit.headcount !== undefined
            ? { count: unit.headcount, source: 'headcount' }
            : null,
        config,
        offRoster.get(unit.id) ?? 0,
      ),
    );
  // The total adds the units' staff counts, so each unit's rules carry over and the total's target
  // denominators are the units' summed.
  const totalExpected = units.reduce((sum, unit) => sum + (unit.expected ?? 0), 0);
  const total = yield* summarise(
    '',
    'Tổng cộng',
    units.flatMap((unit) => counted.get(unit.unitId) ?? []),
    { count: totalExpected, source: roster ? 'roster' : 'headcount' },
    config,
    notOnRoster.filter((person) => unitIds.has(person.file.content.person.unitId)).length,
  );

  const unitName = new Map(config.units.map((unit) => [unit.id, unit.name]));
  function* missingFor(
    id: string,
    kind: MissingList['kind'],
    isMissing: (person: Person) => MissingPerson['answer'] | undefined,
  ): Steps<MissingList> {
    const lists: MissingList['byUnit'] = [];
    for (const unit of config.units) {
      const missing: MissingPerson[] = [];
      for (const person of byUnit.get(unit.id) ?? []) {
        if (tick()) yield;
        const answer = isMissing(person);
        if (!answer) continue;
        const { name, staffCode } = person.file.content.person;
        missing.push(
          kind === 'quiz'
            ? { name, staffCode, answer, test: quizState(person.file.content.quiz) }
            : { name, staffCode, answer },
        );
      }
      if (missing.length > 0) lists.push({ unitId: unit.id, unitName: unitName.get(unit.id)!, people: missing });
    }
    return { id, kind, byUnit: lists, total: lists.reduce((sum, list) => sum + list.people.length, 0) };
  }
  const missing: MissingList[] = [];
  for (const item of config.checklist)
    missing.push(
      yield* missingFor(item.id, 'item', (person) => {
        const answer = answerOf(person, item.id);
        return answer === 'done' || answer === 'not-applicable'
          ? undefined
          : answer === 'not-done'
            ? 'not-done'
            : 'unanswered';
      }),
    );
  missing.push(
    yield* missingFor('quiz', 'quiz', (person) => {
      const state = quizState(person.file.content.quiz);
      return state.kind === 'passed' ? undefined : state.kind === 'failed' ? 'failed' : 'not-done';
    }),
  );

  const notApplicable: NotApplicableList[] = [];
  for (const item of config.checklist) {
    const lists: NotApplicableList['byUnit'] = [];
    for (const unit of config.units) {
      const people: NotApplicableList['byUnit'][number]['people'] = [];
      for (const person of byUnit.get(unit.id) ?? []) {
        if (tick()) yield;
        const entry = person.file.content.checklist.find((e) => e.id === item.id);
        if (entry?.answer !== 'not-applicable') continue;
        const { name, staffCode } = person.file.content.person;
        people.push({ name, staffCode, reason: entry.reason });
      }
      if (people.length > 0) lists.push({ unitId: unit.id, unitName: unit.name, people });
    }
    notApplicable.push({ id: item.id, byUnit: lists, total: lists.reduce((sum, list) => sum + list.people.length, 0) });
  }

  return {
    units,
    total,
    missing,
    notApplicable,
    peopleByUnit: counted,
    notSent,
    notSentTotal: notSent?.reduce((sum, list) => sum + list.people.length, 0) ?? 0,
    notOnRoster,
    unmatchedRoster,
  };
}

export function buildReport(...args: Parameters<typeof buildReportSteps>): Report {
  return runSteps(buildReportSteps(...args));
}
