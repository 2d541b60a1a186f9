/** A seeded pseudo-random source: each call returns a float in [0, 1). */
export type Rand = () => number;

/**
 * mulberry32, a small 32-bit seeded PRNG. The same seed always yields the same sequence.
 * @example const rand = mulberry32(20260501); rand(); // 0 ≤ x < 1
 */
export function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A float in [min, max). */
export function uniform(rand: Rand, min: number, max: number): number {
  return min + (max - min) * rand();
}

/** An integer in [min, max], both inclusive. */
export function randInt(rand: Rand, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}
