/**
 * The aggregation's configuration, read at BUILD time from the organisation settings and the
 * checklist (content/assessment/checklist.yaml), and handed to the islands as plain data.
 *
 * The checklist is read here with a small tolerant reader of the fields the aggregation needs (id,
 * requirement, title; simulators' id and title). The self-assessment page owns the checklist's full
 * schema; when it publishes a loader in src/assessment/, this should use it instead.
 */
import { load } from 'js-yaml';
import checklistSource from '../../content/assessment/checklist.yaml?raw';
import { organisation } from '../organisation';
import type { AggregateConfig, ChecklistItemInfo } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readChecklist(raw: unknown, year: number): Pick<AggregateConfig, 'checklist' | 'simulators'> {
  const where = 'content/assessment/checklist.yaml';
  if (!isRecord(raw) || !Array.isArray(raw['items'])) throw new Error(`${where}: thiếu danh sách "items"`);
  const checklist: ChecklistItemInfo[] = raw['items'].map((item, index) => {
    if (!isRecord(item) || typeof item['id'] !== 'string' || typeof item['title'] !== 'string' || ![1, 2, 3].includes(item['requirement'] as number)) {
      throw new Error(`${where}: items.${index} cần "id", "title" và "requirement" (1, 2 hoặc 3)`);
    }
    return { id: item['id'], requirement: item['requirement'] as number, title: item['title'].replaceAll('{year}', String(year)) };
  });
  const simulators = Array.isArray(raw['simulators'])
    ? raw['simulators'].filter(isRecord).map((s) => ({ id: String(s['id']), title: String(s['title'] ?? s['id']) }))
    : [];
  return { checklist, simulators };
}

export function aggregateConfig(): AggregateConfig {
  return {
    organisation: { name: organisation.name, shortName: organisation.shortName, parent: organisation.parent, place: organisation.place },
    units: organisation.units.map((unit) => ({ id: unit.id, name: unit.name, kind: unit.kind, headcount: unit.headcount })),
    year: organisation.year,
    targets: { ...organisation.targets },
    ...readChecklist(load(checklistSource), organisation.year),
  };
}
