// Bundles @msw/data into one file beside the store (dist/store/msw-data-bundle.js) and points the
// store's lazy import at it. Node loads a package's ES modules one file at a time, and @msw/data
// imports the barrels of es-toolkit (`es-toolkit/compat`: ~550 modules): its first import was
// 400–900 ms of a test file's setup on a loaded machine, the bundle 16–27 ms (decision 0033).
// Only the built package changes: the source imports '@msw/data' as any code would.
import { readFileSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'

const BUNDLE = 'dist/store/msw-data-bundle.js'
const IMPORTER = 'dist/store/baseline-view.js'
const SPECIFIER = "import('@msw/data')"

await build({
  entryPoints: ['@msw/data'],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
})

const text = readFileSync(IMPORTER, 'utf8')
const uses = text.split(SPECIFIER).length - 1
if (uses !== 1) {
  throw new Error(`bundle-msw-data: expected ${SPECIFIER} once in ${IMPORTER}, found it ${uses} times`)
}
writeFileSync(IMPORTER, text.replace(SPECIFIER, "import('./msw-data-bundle.js')"))
