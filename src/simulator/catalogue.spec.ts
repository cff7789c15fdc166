import { describe, expect, it } from 'vitest';
import { scenarioCatalogue } from './catalogue';
import { fixedSource } from './engine/types';
import { source as layTuKho } from './scenarios/lay-tu-kho/scenario';
import { scenario as lienKetVneid } from './scenarios/lien-ket-vneid/scenario';

describe('the simulator catalogue', () => {
  it('names each scenario by the id and title its runs and results are saved under', () => {
    const sources = [fixedSource(lienKetVneid), layTuKho];
    expect(scenarioCatalogue.map(({ id, title }) => ({ id, title }))).toEqual(
      sources.map(({ id, title }) => ({ id, title })),
    );
    for (const entry of scenarioCatalogue) expect(entry.path).toBe(`/luyen-tap/${entry.id}/`);
  });
});
