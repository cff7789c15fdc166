/**
 * Checks a scenario before it ships: every step's screen exists and draws the controls the step
 * names, branches land on later steps, groups are contiguous, placeholders are known, every step is
 * reachable, sub-tasks stay inside their group, and the demo's path reaches the end.
 */
import { applyAction, createSession, fill, isFinished, nextCorrectAction, valuesOf } from './machine';
import type { Scenario } from './types';

export function validateScenario(scenario: Scenario, guideStepIds?: readonly string[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const values = valuesOf(scenario, 1);
  const indexOf = new Map(scenario.steps.map((step, index) => [step.id, index]));

  if (scenario.steps.length === 0) problems.push('no steps');
  if (!scenario.screens[scenario.finalScreen]) problems.push(`finalScreen "${scenario.finalScreen}" is not a screen`);

  const closedGroups = new Set<string>();
  scenario.steps.forEach((step, index) => {
    const where = `step ${step.id}`;
    if (ids.has(step.id)) problems.push(`${where}: duplicate id`);
    ids.add(step.id);
    if (guideStepIds && !guideStepIds.includes(step.guideStep))
      problems.push(`${where}: unknown guide step "${step.guideStep}"`);
    const screen = scenario.screens[step.screen];
    if (!screen) problems.push(`${where}: unknown screen "${step.screen}"`);
    if (step.correct.length === 0) problems.push(`${where}: no correct action`);
    for (const pattern of [...step.correct, ...(step.wrong ?? [])]) {
      if (screen && !screen.controls.includes(pattern.target))
        problems.push(`${where}: control "${pattern.target}" is not on screen "${step.screen}"`);
      if (typeof pattern.value === 'string' && /\{\w+\}/.test(fill(pattern.value, values)))
        problems.push(`${where}: unknown placeholder in "${pattern.value}"`);
    }
    for (const correct of step.correct) {
      if (correct.goto === undefined) continue;
      const target = indexOf.get(correct.goto);
      if (target === undefined) problems.push(`${where}: goto "${correct.goto}" is not a step`);
      else if (target <= index) problems.push(`${where}: goto "${correct.goto}" goes backwards`);
    }
    if (step.after !== undefined) {
      const before = indexOf.get(step.after);
      if (before === undefined || before >= index)
        problems.push(`${where}: after "${step.after}" is not an earlier step`);
      else if (!step.group || scenario.steps[before]?.group !== step.group)
        problems.push(`${where}: after "${step.after}" is outside its group`);
    }
    if (step.cancel !== undefined) {
      if (step.after === undefined) problems.push(`${where}: cancel without a sub-task to abandon`);
      if (screen && !screen.controls.includes(step.cancel))
        problems.push(`${where}: control "${step.cancel}" is not on screen "${step.screen}"`);
    }
    const previous = scenario.steps[index - 1];
    if (previous?.group && previous.group !== step.group) closedGroups.add(previous.group);
    if (step.group && closedGroups.has(step.group)) problems.push(`${where}: group "${step.group}" is split`);
  });

  // Reachability: from each reached step (or group), the next one in order, and every branch target.
  const reached = new Set<number>();
  const queue = [0];
  while (queue.length > 0) {
    const index = queue.pop()!;
    if (index >= scenario.steps.length || reached.has(index)) continue;
    const group = scenario.steps[index]!.group;
    let last = index;
    while (group && scenario.steps[last + 1]?.group === group) last += 1;
    for (let i = index; i <= last; i += 1) reached.add(i);
    for (let i = index; i <= last; i += 1) {
      const step = scenario.steps[i]!;
      if (step.correct.some((c) => c.goto === undefined)) queue.push(last + 1);
      for (const c of step.correct) if (c.goto !== undefined && indexOf.has(c.goto)) queue.push(indexOf.get(c.goto)!);
    }
  }
  scenario.steps.forEach((step, index) => {
    if (!reached.has(index)) problems.push(`step ${step.id}: unreachable`);
  });

  if (problems.length === 0) {
    let state = createSession(scenario, 'demo', 1);
    for (let guard = 0; guard < scenario.steps.length * 2 && !isFinished(scenario, state); guard += 1) {
      const next = nextCorrectAction(scenario, state);
      if (!next) break;
      state = applyAction(scenario, state, next.action, 0).state;
    }
    if (!isFinished(scenario, state)) problems.push('the demo path does not reach the end');
  }
  return problems;
}
