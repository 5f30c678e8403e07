// Writes src/contract/request-go-types.generated.ts: the request bodies' Go types, derived from the
// contract's zod schemas, as JSON, so the fake reads them without building the schemas (decision 0044).
// test/unit/request-go-types.test.ts derives them again and compares; after a change to a request
// schema, run: npm run generate:go-types
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { deriveRequestGoTypes } from '../src/contract/derive-request-go-types.js'

const target = fileURLToPath(new URL('../src/contract/request-go-types.generated.ts', import.meta.url))
writeFileSync(
  target,
  [
    '// Written by scripts/write-go-types.ts (npm run generate:go-types); do not edit by hand.',
    "/** `deriveRequestGoTypes()`'s result: the request bodies' Go types, as JSON. */",
    `export const REQUEST_GO_TYPES_JSON = ${JSON.stringify(JSON.stringify(deriveRequestGoTypes()))}`,
    '',
  ].join('\n'),
)
execFileSync('npx', ['biome', 'format', '--write', target], { stdio: 'inherit' })
console.log(`wrote ${target}`)
