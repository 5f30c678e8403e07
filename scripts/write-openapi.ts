// Writes schema/openapi.json (the newest release's routes), schema/openapi-<release>.json (each older
// release's) and schema/openapi.admin.json (the fake's /__admin) from the zod schemas the fake answers
// with; a test fails when they drift. Run: npm run openapi
import { writeFileSync } from 'node:fs'
import { buildAdminOpenApiDocument } from '../src/contract/admin-document.js'
import { buildOpenApiDocument, toOpenApiFileName } from '../src/contract/openapi-document.js'
import { SERVER_VERSIONS } from '../src/contract/server-version.js'

const documents: [string, unknown][] = [
  ...SERVER_VERSIONS.map(
    (version) => [toOpenApiFileName(version), buildOpenApiDocument(version)] as [string, unknown],
  ),
  ['openapi.admin.json', buildAdminOpenApiDocument()],
]
for (const [file, document] of documents) {
  const target = new URL(`../schema/${file}`, import.meta.url)
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`)
  console.log(`wrote ${target.pathname}`)
}
