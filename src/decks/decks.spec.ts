import { describe, expect, it } from 'vitest';
import { buildAssessmentContent } from '../assessment/content';
import { guides } from '../guides/index';
import { requirements } from '../requirements';
import { loadScenario } from '../simulator/scenarios/load';
import { buildDecks, DECK_IDS, stillOfStep } from './decks';

const scenarios = {
  'lien-ket-vneid': (await loadScenario('lien-ket-vneid')).source.build('guided', 0),
  'lay-tu-kho': (await loadScenario('lay-tu-kho')).source.build('guided', 0),
};
const decks = buildDecks({
  directiveTitle: 'Công văn thử',
  selfAssessmentDescription: 'Mô tả thử',
  checklist: buildAssessmentContent().checklist,
  scenarios,
});

describe('decks', () => {
  it('has the four decks, each opening with a QR code to a practice page', () => {
    expect(decks.map((deck) => deck.id)).toEqual([...DECK_IDS]);
    for (const deck of decks) {
      const [first] = deck.slides;
      expect(first?.kind).toBe('title');
      expect(first?.kind === 'title' && first.qrPath).toMatch(/^\/[a-z-/]+\/$/);
    }
  });

  it('gives slides ids unique within their deck', () => {
    for (const deck of decks) {
      const ids = deck.slides.map((slide) => slide.id);
      expect(new Set(ids).size, deck.id).toBe(ids.length);
    }
  });

  it('shows every step of each guide once, in order, worded and noted by the guide file', () => {
    for (const id of ['phu-luc-1', 'phu-luc-2'] as const) {
      const deck = decks.find((candidate) => candidate.id === id);
      const steps = deck?.slides.flatMap((slide) => (slide.kind === 'step' ? [slide] : [])) ?? [];
      expect(steps.map((slide) => slide.step)).toEqual(guides[id].steps);
      expect(steps.map((slide) => slide.notes)).toEqual(guides[id].steps.map((step) => step.notes));
    }
  });

  it('follows each guide step the simulator acts on with a live slide at that step, and no other', () => {
    for (const [id, scenario] of [
      ['phu-luc-1', 'lien-ket-vneid'],
      ['phu-luc-2', 'lay-tu-kho'],
    ] as const) {
      const slides = decks.find((candidate) => candidate.id === id)?.slides ?? [];
      const acted = guides[id].steps.filter((step) => scenarios[scenario].steps.some((s) => s.guideStep === step.id));
      expect(acted.length, id).toBeGreaterThan(0);
      const live = slides.flatMap((slide, index) =>
        slide.kind === 'live' ? [{ slide, before: slides[index - 1] }] : [],
      );
      expect(live.map(({ slide }) => slide.step.id)).toEqual(acted.map((step) => step.id));
      for (const { slide, before } of live) expect(before?.kind === 'step' && before.step.id).toBe(slide.step.id);
    }
  });

  it('gives every guide step speaker notes', () => {
    for (const guide of Object.values(guides)) {
      expect(guide.steps.filter((step) => !step.notes).map((step) => step.id)).toEqual([]);
    }
  });

  it('puts each requirement of the directive on a slide with its target', () => {
    const directive = decks.find((deck) => deck.id === 'cong-van');
    const shown = directive?.slides.flatMap((slide) => (slide.kind === 'requirement' ? [slide.title] : []));
    expect(shown).toEqual(requirements.map((requirement) => requirement.title));
  });
});

describe('a step slide’s screen', () => {
  it('outlines the control the demo presses first on that step', async () => {
    const scenario = (await loadScenario('lien-ket-vneid')).source.build('guided', 0);
    const still = stillOfStep(scenario, 'p1-b1');
    const first = scenario.steps.find((step) => step.guideStep === 'p1-b1');
    expect(still).toEqual({ at: 'p1-b1', highlight: first?.correct[0]?.target });
  });

  it('draws a step the scenario does not act on as the run’s last screen', async () => {
    const scenario = (await loadScenario('lay-tu-kho')).source.build('guided', 0);
    expect(stillOfStep(scenario, 'p2-nonexistent')).toEqual({});
  });
});
