// Writes schema/openapi.json (the real server's routes) and schema/openapi.admin.json (the fake's
// /__admin) from the zod schemas the fake answers with; a test fails when they drift. Run: npm run openapi
import { writeFileSync } from 'node:fs'
import { buildAdminOpenApiDocument } from '../src/contract/admin-document.js'
import { buildOpenApiDocument } from '../src/contract/openapi-document.js'

for (const [file, document] of [
  ['openapi.json', buildOpenApiDocument()],
  ['openapi.admin.json', buildAdminOpenApiDocument()],
] as const) {
  const target = new URL(`../schema/${file}`, import.meta.url)
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`)
  console.log(`wrote ${target.pathname}`)
}
