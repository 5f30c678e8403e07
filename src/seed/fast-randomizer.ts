import type { Randomizer } from '@faker-js/faker'

/**
 * A small-state PRNG for faker (sfc32 seeded through splitmix32). faker's default Mersenne Twister
 * spends most of a generated function's time initialising 624 words of state from the seed; this one
 * seeds in constant time, so generating 100,000 records stays within the cold-start budget.
 */
export function createFastRandomizer(): Randomizer {
  let a = 0
  let b = 0
  let c = 0
  let d = 1
  return {
    next() {
      const t = (((a + b) | 0) + d) | 0
      d = (d + 1) | 0
      a = b ^ (b >>> 9)
      b = (c + (c << 3)) | 0
      c = (c << 21) | (c >>> 11)
      c = (c + t) | 0
      return (t >>> 0) / 4294967296
    },
    seed(seed) {
      let state = 0x9e3779b9
      for (const part of [seed].flat())
        state = splitmix(state ^ Math.imul(part | 0, 0x85ebca6b) ^ Math.floor(part / 4294967296))
      a = splitmix(state)
      b = splitmix(a)
      c = splitmix(b)
      d = 1
      // Discard the first outputs, as sfc32 recommends, so close seeds diverge.
      for (let i = 0; i < 12; i++) this.next()
    },
  }
}

function splitmix(value: number): number {
  let z = (value + 0x9e3779b9) | 0
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad)
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97)
  return (z ^ (z >>> 15)) >>> 0
}
