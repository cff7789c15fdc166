/**
 * A tiny seeded PRNG (mulberry32): the same seed gives the same task variant after a reload, so a
 * resumed run keeps its OTP. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed for a new run. */
export function newSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

/** `length` random digits, e.g. a made-up OTP. */
export function digits(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += String(Math.floor(random() * 10));
  return out;
}
