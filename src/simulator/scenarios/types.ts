/**
 * What the registry (./index.ts) knows about a scenario, and what its folder's code (parts.ts, loaded by
 * ./load.ts) provides.
 */
import type { FunctionComponent } from 'preact';
import type { ScenarioSource } from '../engine/types';
import type { PersonaRow } from '../ui/PersonaCard';

/** A scenario's code: the engine's source, its screens by name and the rows of its persona card. */
export interface ScenarioParts {
  source: ScenarioSource;
  screens: Record<string, FunctionComponent>;
  persona: PersonaRow[];
}

export interface ScenarioEntry {
  /** Stable id: the folder's name, the page's slug, the key of saved runs and results and of result files. */
  id: string;
  /** Title shown to staff (the hub's cards); the same as the scenario's own title in scenario.ts. */
  title: string;
  /** The name in the sidebar and in the pages' previous/next links. */
  sidebarLabel: string;
  /** The short name in the aggregation's tables and exports. */
  shortLabel: string;
  /** What it practises, in one sentence (the practice hub's cards). */
  summary: string;
  /** The guide it practises: root-relative path and link text. */
  guide: { path: string; label: string };
  /** The full-screen page, /luyen-tap/<id>/: title, meta description, and its opening paragraph. */
  page: {
    title: string;
    description: string;
    /** Plain text with `**bold**` and `[links](/path/)` (root-relative, given the base path when built). */
    intro: string;
  };
  /** The paragraph above the simulator embedded in its guide (SimulatorSlot). */
  guideIntro: string;
}
