// Writes the precomputed seed data: src/seed/default-seed-histories.ts (the default seed's functions, so
// a default start needs no faker, decision 0018) and src/seed/documented-seed-histories.ts (seed 1's, the
// seed the README's and guides' test examples use, so a test file set up as they show needs none either,
// decision 0038). A test regenerates both and compares; after a change to the generator or a faker
// upgrade, run: npm run seed:default
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { DEFAULT_TENANT } from '../src/model/scope.js'
import { generateHistory } from '../src/seed/generate-history.js'
import { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED, DOCUMENTED_SEED } from '../src/seed/seed-defaults.js'
import { loadSeedFaker } from '../src/seed/seed-faker.js'
import { toStoredHistory } from '../src/seed/stored-history.js'

const FILES = [
  {
    seed: DEFAULT_SEED,
    file: 'default-seed-histories.ts',
    name: 'DEFAULT_SEED_HISTORIES',
    what: 'the default seed',
  },
  {
    seed: DOCUMENTED_SEED,
    file: 'documented-seed-histories.ts',
    name: 'DOCUMENTED_SEED_HISTORIES',
    what: 'seed 1',
  },
]

const faker = await loadSeedFaker()
for (const { seed, file, name, what } of FILES) {
  const target = fileURLToPath(new URL(`../src/seed/${file}`, import.meta.url))
  const stored = Array.from({ length: DEFAULT_FUNCTION_COUNT }, (_, index) =>
    toStoredHistory(generateHistory(faker, seed, index, DEFAULT_TENANT), DEFAULT_TENANT),
  )
  writeFileSync(
    target,
    [
      '// Written by scripts/write-default-seed.ts (npm run seed:default); do not edit by hand.',
      "import type { StoredHistory } from './stored-history.js'",
      '',
      `/** The functions generated for ${what}, in order (a test compares them with faker's). */`,
      `export const ${name}: readonly StoredHistory[] = ${JSON.stringify(stored, null, 2)}`,
      '',
    ].join('\n'),
  )
  execFileSync('npx', ['biome', 'format', '--write', target], { stdio: 'inherit' })
  console.log(`wrote ${target}`)
}
