import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadOrganisation, parseOrganisation, type Organisation } from './schema';

const shippedText = readFileSync(new URL('../../content/organisation.yaml', import.meta.url), 'utf8');
const shipped = load(shippedText) as Organisation;

/** A copy of the shipped settings with one change applied. */
function withChange(change: (copy: Record<string, any>) => void): unknown {
  const copy = structuredClone(shipped) as Record<string, any>;
  change(copy);
  return copy;
}

describe('organisation settings', () => {
  it('accepts the settings shipped in content/', () => {
    const organisation = parseOrganisation(shipped);
    expect(organisation.name).toBe('Trung tâm Y tế huyện Phù Cát');
    // Today's name is apart from the directive's: no district level since 01/07/2025.
    expect(organisation.current.name).not.toMatch(/huyện/);
    expect(organisation.current.parent).toBe('Sở Y tế tỉnh Gia Lai');
    expect(organisation.targets).toEqual({ onlineServicesAndPayment: 100, vneidLevel2: 100, digitisedReuse: 60 });
    expect(organisation.units.map((unit) => unit.kind)).toEqual(expect.arrayContaining(['khoa', 'phong', 'tram']));
  });

  it('defaults the report signer to the director, name left blank', () => {
    const organisation = parseOrganisation(withChange((s) => delete s.reportSigner));
    expect(organisation.reportSigner).toEqual({ title: 'GIÁM ĐỐC', name: '' });
  });

  it('accepts a unit without a headcount', () => {
    const organisation = parseOrganisation(withChange((s) => delete s.units[0].headcount));
    expect(organisation.units[0]?.headcount).toBeUndefined();
  });

  it.each([
    ['a missing name', (s: Record<string, any>) => delete s.name, 'name'],
    ['an empty parent', (s: Record<string, any>) => (s.parent = '  '), 'parent'],
    ['no current name', (s: Record<string, any>) => delete s.current, 'current'],
    ['an empty current short name', (s: Record<string, any>) => (s.current.shortName = ''), 'current.shortName'],
    ['a year written as text', (s: Record<string, any>) => (s.year = '2024'), 'year'],
    ['a year out of range', (s: Record<string, any>) => (s.year = 1999), 'year'],
    ['a target above 100', (s: Record<string, any>) => (s.targets.digitisedReuse = 160), 'targets.digitisedReuse'],
    ['a negative target', (s: Record<string, any>) => (s.targets.vneidLevel2 = -1), 'targets.vneidLevel2'],
    [
      'a missing target',
      (s: Record<string, any>) => delete s.targets.onlineServicesAndPayment,
      'targets.onlineServicesAndPayment',
    ],
    ['a unit id with diacritics', (s: Record<string, any>) => (s.units[2].id = 'phòng-kế-toán'), 'units.2.id'],
    ['a duplicated unit id', (s: Record<string, any>) => (s.units[3].id = s.units[1].id), 'units.3.id'],
    ['an unknown unit kind', (s: Record<string, any>) => (s.units[4].kind = 'ban'), 'units.4.kind'],
    ['a fractional headcount', (s: Record<string, any>) => (s.units[5].headcount = 2.5), 'units.5.headcount'],
    ['an empty unit list', (s: Record<string, any>) => (s.units = []), 'units'],
    ['an unknown field', (s: Record<string, any>) => (s.logo = 'x.png'), 'logo'],
    [
      'a report signer without a title',
      (s: Record<string, any>) => (s.reportSigner = { name: 'A' }),
      'reportSigner.title',
    ],
  ])('rejects %s and names the field', (_, change, field) => {
    expect(() => parseOrganisation(withChange(change))).toThrow(new RegExp(`${field.replace(/\./g, '\\.')}\\b`));
  });

  it('names the file in the message', () => {
    expect(() => parseOrganisation({}, 'content/organisation.yaml')).toThrow(/content\/organisation\.yaml/);
  });

  it('reads the shipped file from its YAML text, as the site does', () => {
    expect(loadOrganisation(shippedText)).toEqual(parseOrganisation(shipped));
  });

  it('names the file and the field when the YAML text holds a wrong value', () => {
    const broken = shippedText.replace(/^year: \d+$/m, 'year: năm nay');
    expect(broken).not.toBe(shippedText);
    expect(() => loadOrganisation(broken)).toThrow(
      /^Cài đặt đơn vị trong content\/organisation\.yaml không hợp lệ:\n {2}- year: /,
    );
  });

  it('names the file when the YAML text cannot be read', () => {
    expect(() => loadOrganisation(`${shippedText}\n  : [`)).toThrow(
      /^Không đọc được content\/organisation\.yaml \(lỗi cú pháp YAML\)/,
    );
  });
});
