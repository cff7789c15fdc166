import { describe, expect, it } from 'vitest';
import { canonicalize, normalizeStrings } from './canonical';
import { checksumOf, sha256Hex } from './checksum';

describe('canonical JSON (RFC 8785 style)', () => {
  it('matches the RFC 8785 example for numbers, strings and literals', () => {
    // RFC 8785, section 3.2.2 ("Sorting of Object Properties" input and output).
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalize(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units at every depth, with no whitespace', () => {
    expect(canonicalize({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null }, A: true })).toBe(
      '{"A":true,"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
    // RFC 8785 orders by code units: "\u20ac" (€) before "\ud83d\ude00" (😀), whatever the locale says.
    expect(canonicalize({ '😀': 1, '€': 2, é: 3 })).toBe('{"é":3,"€":2,"😀":1}');
  });

  it('puts every string in NFC, so a decomposed keyboard gives the same text', () => {
    const decomposed = 'Nguyễn Văn Mẫu'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Văn Mẫu');
    expect(canonicalize({ name: decomposed })).toBe(canonicalize({ name: 'Nguyễn Văn Mẫu' }));
    expect(checksumOf({ name: decomposed })).toBe(checksumOf({ name: 'Nguyễn Văn Mẫu' }));
  });

  it('drops undefined members like JSON does, and refuses what JSON cannot hold', () => {
    expect(canonicalize({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalize({ a: Number.NaN })).toThrow();
    expect(() => canonicalize({ a: Infinity })).toThrow();
    expect(() => canonicalize({ a: () => 1 })).toThrow();
  });

  it('normalises nested strings and keys for writing', () => {
    expect(normalizeStrings({ ['Mẫu'.normalize('NFD')]: ['Đào'.normalize('NFD')] })).toEqual({ Mẫu: ['Đào'] });
  });
});

describe('checksum', () => {
  it('is SHA-256 (FIPS 180-2 test vector)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('ignores key order and layout, not content', () => {
    expect(checksumOf({ a: 1, b: [1, 2] })).toBe(checksumOf(JSON.parse('{ "b": [1, 2],\n  "a": 1 }')));
    expect(checksumOf({ a: 1, b: [1, 2] })).not.toBe(checksumOf({ a: 1, b: [2, 1] }));
  });
});
