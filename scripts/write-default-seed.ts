// Writes src/seed/default-seed-histories.ts: the functions faker generates for the default seed, so
// a default start needs no faker (decision 0018). A test regenerates them and compares; after a change
// to the generator or a faker upgrade, run: npm run seed:default
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { DEFAULT_TENANT } from '../src/model/scope.js'
import { generateHistory } from '../src/seed/generate-history.js'
import { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED } from '../src/seed/seed-defaults.js'
import { loadSeedFaker } from '../src/seed/seed-faker.js'
import { toStoredHistory } from '../src/seed/stored-history.js'

const target = fileURLToPath(new URL('../src/seed/default-seed-histories.ts', import.meta.url))
const faker = await loadSeedFaker()
const stored = Array.from({ length: DEFAULT_FUNCTION_COUNT }, (_, index) =>
  toStoredHistory(generateHistory(faker, DEFAULT_SEED, index, DEFAULT_TENANT), DEFAULT_TENANT),
)
writeFileSync(
  target,
  [
    '// Written by scripts/write-default-seed.ts (npm run seed:default); do not edit by hand.',
    "import type { StoredHistory } from './stored-history.js'",
    '',
    "/** The functions generated for the default seed, in order (a test compares them with faker's). */",
    `export const DEFAULT_SEED_HISTORIES: readonly StoredHistory[] = ${JSON.stringify(stored, null, 2)}`,
    '',
  ].join('\n'),
)
execFileSync('npx', ['biome', 'format', '--write', target], { stdio: 'inherit' })
console.log(`wrote ${target}`)
