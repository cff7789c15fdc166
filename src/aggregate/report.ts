/**
 * The report arithmetic: per unit and in total, replies against the staff count, each checklist item's
 * share done, simulators and quiz, and each of the directive's three targets met or not. Pure, so the
 * numbers are checked by hand in report.spec.ts.
 *
 * Rules (written where the directive is silent, as a demanding reader would expect):
 * - "Đã làm" counts as done; "Chưa làm" and no answer count in the denominator; "Không áp dụng" leaves it.
 * - Targets 1 and 2 are shares of STAFF, not of replies: the denominator is the unit's staff (roster,
 *   else the settings' headcount, never less than the replies) minus those for whom the requirement does
 *   not apply. Two replies out of thirty never read as 100%.
 * - A person meets target 1 or 2 when every item of that requirement is done or does not apply, and at
 *   least one is done; when all of them do not apply, the person leaves that target's denominator.
 * - Target 3 is computed as the KPI is: dossiers that reused a digitised paper ÷ dossiers submitted
 *   online, summed over people; the share of people who reused at least once is shown beside it.
 */
import type { ChecklistAnswer } from './result-file-bridge';
import type { Person } from './ingest';
import { rosterKeys, type RosterPerson } from './roster';
import { sortByVietnameseName } from './sort';
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

export interface UnitReport {
  unitId: string;
  unitName: string;
  respondents: number;
  /** Staff expected to reply: roster, else headcount, never below the replies; null when unknown. */
  expected: number | null;
  expectedSource: 'roster' | 'headcount' | 'replies';
  /** Per checklist item id. */
  items: Record<string, Fraction>;
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
  /** "Chưa làm" or no answer. */
  answer: 'not-done' | 'unanswered';
}

/** For one thing to chase (a checklist item, the quiz), the people still missing it, by unit. */
export interface MissingList {
  id: string;
  kind: 'item' | 'quiz';
  byUnit: Array<{ unitId: string; unitName: string; people: MissingPerson[] }>;
  total: number;
}

export interface Report {
  units: UnitReport[];
  total: UnitReport;
  missing: MissingList[];
  /** With a roster: who has not sent a file at all, by unit (sorted by tên). */
  notSent: Array<{ unitId: string; unitName: string; people: RosterPerson[] }> | null;
  notSentTotal: number;
  /** Replies that match no one on the roster (a name spelled differently, a newcomer). */
  notOnRoster: Person[];
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

function summarise(
  unitId: string,
  unitName: string,
  people: readonly Person[],
  expectedBase: { count: number; source: 'roster' | 'headcount' } | null,
  config: AggregateConfig,
): UnitReport {
  const respondents = people.length;
  const expected = expectedBase ? Math.max(expectedBase.count, respondents) : respondents;
  const items: Record<string, Fraction> = {};
  for (const item of config.checklist) {
    let done = 0;
    let of = 0;
    for (const person of people) {
      const answer = answerOf(person, item.id);
      if (answer === 'not-applicable') continue;
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
    const quiz = person.file.content.quiz;
    if (!quiz) continue;
    taken++;
    if (quiz.passed) passed++;
    scoreSum += (quiz.bestScore * 100) / quiz.maxScore;
  }

  const target = (key: Exclude<RequirementKey, 'digitisedReuse'>): TargetResult => {
    const itemIds = config.checklist
      .filter((item) => item.requirement === REQUIREMENT_NUMBERS[key])
      .map((item) => item.id);
    let met = 0;
    let notApplicable = 0;
    for (const person of people) {
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
  };

  let submitted = 0;
  let reused = 0;
  let peopleReused = 0;
  for (const person of people) {
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
    expected,
    expectedSource: expectedBase?.source ?? 'replies',
    items,
    simulators,
    quiz: { passed: { done: passed, of: respondents }, taken, averagePercent: taken > 0 ? scoreSum / taken : null },
    onlineServicesAndPayment: target('onlineServicesAndPayment'),
    vneidLevel2: target('vneidLevel2'),
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

export function buildReport(
  people: readonly Person[],
  config: AggregateConfig,
  roster: readonly RosterPerson[] | null,
): Report {
  const byUnit = new Map<string, Person[]>(config.units.map((unit) => [unit.id, []]));
  for (const person of people) byUnit.get(person.file.content.person.unitId)?.push(person);
  const rosterByUnit = new Map<string, RosterPerson[]>();
  for (const entry of roster ?? []) {
    const list = rosterByUnit.get(entry.unitId);
    if (list) list.push(entry);
    else rosterByUnit.set(entry.unitId, [entry]);
  }
  const expectedFor = (unitId: string, headcount: number | undefined) => {
    const listed = rosterByUnit.get(unitId)?.length ?? 0;
    if (roster && listed > 0) return { count: listed, source: 'roster' as const };
    return headcount !== undefined ? { count: headcount, source: 'headcount' as const } : null;
  };

  const units = config.units.map((unit) =>
    summarise(unit.id, unit.name, byUnit.get(unit.id) ?? [], expectedFor(unit.id, unit.headcount), config),
  );
  // The total adds the units' staff counts, so each unit's "never below replies" rule carries over and
  // the total's target denominators are the units' summed.
  const totalExpected = units.reduce((sum, unit) => sum + (unit.expected ?? 0), 0);
  const total = summarise(
    '',
    'Tổng cộng',
    people,
    { count: totalExpected, source: roster ? 'roster' : 'headcount' },
    config,
  );

  const unitName = new Map(config.units.map((unit) => [unit.id, unit.name]));
  const missingFor = (
    id: string,
    kind: MissingList['kind'],
    isMissing: (person: Person) => MissingPerson['answer'] | undefined,
  ): MissingList => {
    const lists = config.units.map((unit) => {
      const missing = (byUnit.get(unit.id) ?? []).flatMap((person) => {
        const answer = isMissing(person);
        if (!answer) return [];
        const { name, staffCode } = person.file.content.person;
        return [{ name, staffCode, answer }];
      });
      return {
        unitId: unit.id,
        unitName: unitName.get(unit.id)!,
        people: sortByVietnameseName(missing, (p) => p.name),
      };
    });
    const byUnitList = lists.filter((list) => list.people.length > 0);
    return { id, kind, byUnit: byUnitList, total: byUnitList.reduce((sum, list) => sum + list.people.length, 0) };
  };
  const missing: MissingList[] = config.checklist.map((item) =>
    missingFor(item.id, 'item', (person) => {
      const answer = answerOf(person, item.id);
      return answer === 'done' || answer === 'not-applicable'
        ? undefined
        : answer === 'not-done'
          ? 'not-done'
          : 'unanswered';
    }),
  );
  missing.push(
    missingFor('quiz', 'quiz', (person) =>
      person.file.content.quiz?.passed ? undefined : person.file.content.quiz ? 'not-done' : 'unanswered',
    ),
  );

  let notSent: Report['notSent'] = null;
  let notOnRoster: Person[] = [];
  if (roster) {
    const replied = new Set<string>();
    for (const person of people) for (const key of rosterKeys(person.file.content.person)) replied.add(key);
    const rosterKeySet = new Set<string>();
    for (const entry of roster) for (const key of rosterKeys(entry)) rosterKeySet.add(key);
    notSent = config.units
      .map((unit) => ({
        unitId: unit.id,
        unitName: unit.name,
        people: sortByVietnameseName(
          (rosterByUnit.get(unit.id) ?? []).filter((entry) => !rosterKeys(entry).some((key) => replied.has(key))),
          (entry) => entry.name,
        ),
      }))
      .filter((list) => list.people.length > 0);
    notOnRoster = people.filter(
      (person) => !rosterKeys(person.file.content.person).some((key) => rosterKeySet.has(key)),
    );
  }

  return {
    units,
    total,
    missing,
    notSent,
    notSentTotal: notSent?.reduce((sum, list) => sum + list.people.length, 0) ?? 0,
    notOnRoster,
  };
}
