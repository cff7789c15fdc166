import { describe, expect, it } from 'vitest';
import { checklistData } from '../assessment/content';
import { scenarioById } from '../simulator/scenarios';
import { aggregateConfig } from './config-source';
import { itemLabel, simulatorLabel } from './export-table';
import { reportStrings } from './strings';
import { TEST_CONFIG } from './test-fixtures';

describe('the aggregation’s configuration', () => {
  const config = aggregateConfig();

  it('names columns by each item’s shortLabel in the checklist and each simulator’s in the registry', () => {
    for (const item of checklistData.items) expect(itemLabel(config, item.id)).toBe(item.shortLabel);
    for (const simulator of checklistData.simulators)
      expect(simulatorLabel(config, simulator.id)).toBe(scenarioById(simulator.id).shortLabel);
  });

  it('says the shipped unit list and head counts are the site’s sample until TCHC has checked them', () => {
    expect(config.unitsChecked).toBe(false);
    expect(reportStrings.expectedCaption('headcount', false)).toMatch(/số mẫu của trang.*phòng TCHC chưa sửa/);
    expect(reportStrings.expectedCaption('headcount', true)).not.toMatch(/số mẫu/);
  });

  it('is what the tests’ hand-written configuration assumes', () => {
    expect(config.checklist.map(({ id, shortLabel }) => ({ id, shortLabel }))).toEqual(
      TEST_CONFIG.checklist.map(({ id, shortLabel }) => ({ id, shortLabel })),
    );
    expect(config.simulators).toEqual(TEST_CONFIG.simulators);
  });
});
