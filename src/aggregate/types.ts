/**
 * What the aggregation needs to know about the organisation and the checklist. Plain data: the page
 * reads the settings and the checklist at build time and hands this to the islands as props, so no
 * YAML parser or zod schema ships to the browser.
 */
import type { ExpectedOrganisation } from '../result-file';

export type RequirementKey = 'onlineServicesAndPayment' | 'vneidLevel2' | 'digitisedReuse';

/** The directive's requirement numbers (content/assessment/checklist.yaml `requirement`) by target. */
export const REQUIREMENT_NUMBERS: Record<RequirementKey, number> = {
  onlineServicesAndPayment: 1,
  vneidLevel2: 2,
  digitisedReuse: 3,
};

export interface AggregateUnit {
  id: string;
  name: string;
  kind: 'khoa' | 'phong' | 'tram';
  headcount?: number | undefined;
}

export interface ChecklistItemInfo {
  id: string;
  /** 1, 2 or 3: which requirement of the directive the item belongs to. */
  requirement: number;
  title: string;
  /** Its name in table headers and exports (content/assessment/checklist.yaml `shortLabel`). */
  shortLabel: string;
}

export interface AggregateConfig {
  /** The centre as the directive and the result files name it (2024); today's name is in the report's heading. */
  organisation: { name: string; parent: string; place: string };
  /** Units in the settings' order: the report's order. */
  units: AggregateUnit[];
  /** Whether TCHC has checked the units and head counts; until then they are the site's sample. */
  unitsChecked: boolean;
  year: number;
  targets: Record<RequirementKey, number>;
  checklist: ChecklistItemInfo[];
  /** Each with its name in table headers and exports (the scenario registry's `shortLabel`). */
  simulators: Array<{ id: string; title: string; shortLabel: string }>;
  /** How the site computes the 60% reuse figure (requirement `tai-su-dung`'s `howMeasured`). */
  reuseHowMeasured: string;
}

export function expectedOrganisation(config: AggregateConfig): ExpectedOrganisation {
  return {
    name: config.organisation.name,
    parent: config.organisation.parent,
    units: config.units.map(({ id, name }) => ({ id, name })),
  };
}
