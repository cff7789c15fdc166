/**
 * Randomness that works over plain http. crypto.randomUUID exists only in secure contexts (https,
 * localhost), and the site is also served over http on intranets; crypto.getRandomValues works in both.
 * Where even that is missing (very old in-app browsers), Math.random is enough: a person id only has
 * to tell namesakes apart, and question order is not a secret.
 */

/** `count` random bytes. */
export function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  const source = typeof globalThis.crypto === 'object' && globalThis.crypto !== null ? globalThis.crypto : undefined;
  if (source && typeof source.getRandomValues === 'function') return source.getRandomValues(bytes);
  for (let i = 0; i < count; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/** A random version 4 UUID (RFC 9562), built from random bytes rather than crypto.randomUUID. */
export function newPersonId(random: (count: number) => Uint8Array = randomBytes): string {
  const bytes = random(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A random integer from 0 to `below - 1`, without modulo bias. */
export function randomInt(below: number, random: (count: number) => Uint8Array = randomBytes): number {
  if (below <= 1) return 0;
  const limit = Math.floor(0x1_0000_0000 / below) * below;
  for (;;) {
    const [a, b, c, d] = random(4);
    const value = ((a! << 24) | (b! << 16) | (c! << 8) | d!) >>> 0;
    if (value < limit) return value % below;
  }
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: (count: number) => Uint8Array = randomBytes): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1, random);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
