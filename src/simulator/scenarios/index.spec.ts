import { existsSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioById, scenarios } from './index';
import { loadScenario, scenarioSource } from './load';

describe('the scenario registry', () => {
  it('names each scenario by the id and title its loaded code runs and saves results under', async () => {
    for (const entry of scenarios) {
      const parts = await loadScenario(entry.id);
      expect({ id: parts.source.id, title: parts.source.title }).toEqual({ id: entry.id, title: entry.title });
      expect(Object.keys(parts.screens).length).toBeGreaterThan(0);
      expect(parts.persona.length).toBeGreaterThan(0);
    }
  });

  it('has one entry per scenario folder, and one folder per entry', () => {
    const here = new URL('.', import.meta.url).pathname;
    const folders = readdirSync(here).filter((name) => statSync(`${here}${name}`).isDirectory());
    expect(scenarios.map((entry) => entry.id).sort()).toEqual(folders.sort());
  });

  it('names, for the page to preload, the very file each scenario loads from', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    for (const entry of scenarios) expect(existsSync(root + scenarioSource(entry.id)), entry.id).toBe(true);
  });

  it('stops on an unknown id, naming it and where it is missing', async () => {
    await expect(loadScenario('lay-tu-ko')).rejects.toThrow('src/simulator/scenarios/lay-tu-ko/parts.ts');
    expect(scenarioById('lay-tu-kho').id).toBe('lay-tu-kho');
    expect(() => scenarioById('lay-tu-ko')).toThrow(/"lay-tu-ko".*src\/simulator\/scenarios\/index\.ts/);
  });
});
