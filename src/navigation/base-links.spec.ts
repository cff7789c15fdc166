import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, prefixBase } from './base-links';

describe('prefixBase', () => {
  it('puts the subfolder in front of a root-relative link', () => {
    expect(prefixBase('/phu-luc-1/', '/dvc/')).toBe('/dvc/phu-luc-1/');
    expect(prefixBase('/thuat-ngu/#vneid', '/dvc')).toBe('/dvc/thuat-ngu/#vneid');
  });

  it('leaves links alone at the root, and links that already carry the base', () => {
    expect(prefixBase('/phu-luc-1/', '/')).toBe('/phu-luc-1/');
    expect(prefixBase('/dvc/phu-luc-1/', '/dvc/')).toBe('/dvc/phu-luc-1/');
  });

  it('never touches external, protocol-relative, relative or anchor links', () => {
    for (const href of ['https://dichvucong.gov.vn', '//example.org/x', '../x/', '#buoc-1', 'mailto:a@b.vn']) {
      expect(prefixBase(href, '/dvc/')).toBe(href);
    }
  });
});

describe('baseLinksPlugin', () => {
  const visitor = baseLinksPlugin('/dvc/').element;
  const visit = (href: string | undefined) => {
    if (!visitor || Array.isArray(visitor)) throw new Error('expected one element visitor');
    const properties = href === undefined ? {} : { href };
    return visitor.visit({ type: 'element', tagName: 'a', properties, children: [] });
  };

  it('rewrites an internal link', () => {
    expect(visit('/cong-van/')).toMatchObject({ properties: { href: '/dvc/cong-van/' } });
  });

  it('returns nothing (keeps the node) when there is nothing to change', () => {
    expect(visit('https://vneid.gov.vn')).toBeUndefined();
    expect(visit(undefined)).toBeUndefined();
  });
});
