import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { flagDuplicateIds, loadYaml, parseContent } from './validate';

const list = z.array(z.object({ id: z.string(), note: z.string().optional() }));
const settings = z
  .object({ units: z.array(z.object({ id: z.string() })) })
  .superRefine((s, ctx) => flagDuplicateIds(s.units, 'units', ctx));

describe('parseContent', () => {
  it('returns the parsed data when it is valid', () => {
    expect(parseContent(list, [{ id: 'a' }], 'content/x.yaml', 'Danh sách')).toEqual([{ id: 'a' }]);
  });

  it('names the file and every wrong field, counting list items from 1', () => {
    expect(() =>
      parseContent(list, [{ id: 'a' }, { id: 2 }, { id: 'c', note: 5 }], 'content/x.yaml', 'Danh sách'),
    ).toThrow(/^Danh sách trong content\/x\.yaml không hợp lệ:\n {2}- mục 2\.id: .+\n {2}- mục 3\.note: .+$/);
  });

  it('uses zero-based dotted paths inside an object, and flags repeated ids', () => {
    expect(() => parseContent(settings, { units: [{ id: 'k' }, { id: 'k' }] }, 's.yaml', 'Cài đặt')).toThrow(
      /units\.1\.id: mã "k" bị trùng/,
    );
  });

  it('says "(gốc)" when the whole file has the wrong shape', () => {
    expect(() => parseContent(settings, 'text', 's.yaml', 'Cài đặt')).toThrow(/\(gốc\)/);
  });
});

describe('loadYaml', () => {
  it('returns what the YAML text holds', () => {
    expect(loadYaml('- id: a\n- id: b\n', 'content/x.yaml')).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('names the file and the line of a syntax error', () => {
    expect(() => loadYaml('- id: a\n- id: [b\n', 'content/x.yaml')).toThrow(
      /^Không đọc được content\/x\.yaml \(lỗi cú pháp YAML\): .*\(\d+:\d+\)/,
    );
  });
});
