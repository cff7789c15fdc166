/**
 * The aggregation's configuration, read at BUILD time from the organisation settings and the
 * self-assessment's checklist (validated by src/assessment/content.ts) with the scenario registry's short
 * labels, and handed to the islands as plain data.
 */
import { checklistData } from '../assessment/content';
import { organisation } from '../organisation';
import { requirements } from '../requirements';
import { scenarioById } from '../simulator/scenarios';
import type { AggregateConfig } from './types';

export function aggregateConfig(): AggregateConfig {
  const year = String(organisation.year);
  const reuseHowMeasured = requirements.find((requirement) => requirement.target === 'digitisedReuse')?.howMeasured;
  if (!reuseHowMeasured)
    throw new Error('content/directive/requirements.yaml: yêu cầu "digitisedReuse" thiếu howMeasured.');
  return {
    organisation: {
      name: organisation.name,
      parent: organisation.parent,
      place: organisation.place,
    },
    units: organisation.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      headcount: unit.headcount,
    })),
    unitsChecked: organisation.unitsChecked,
    year: organisation.year,
    targets: { ...organisation.targets },
    checklist: checklistData.items.map((item) => ({
      id: item.id,
      requirement: item.requirement,
      title: item.title.replaceAll('{year}', year),
      shortLabel: item.shortLabel,
    })),
    simulators: checklistData.simulators.map((simulator) => ({
      id: simulator.id,
      title: simulator.title,
      shortLabel: scenarioById(simulator.id).shortLabel,
    })),
    reuseHowMeasured,
  };
}
