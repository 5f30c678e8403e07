// Bundles the package's entry points (yr-meta-mock, /node, /msw, /vitest, /jest) with esbuild, over
// tsc's output of the same names (decision 0038). A test file that imports the fake paid for ~330
// modules, one file at a time, in every test file's fresh module graph: ~200 of ours, zod's ~95
// (two thirds of them its locales, which the fake never switches to) and hono's ~33. Bundled, an entry
// is a few files: its own, and chunks shared with the other entries (so `yr-meta-mock` and
// `yr-meta-mock/msw` share one copy of the engine, as before). tsc's .d.ts stay the types; its other
// .js files are removed, so the package does not ship a second, unused copy of the library.
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { build } from 'esbuild'
import { zodEnglishOnly } from './zod-english-only.mjs'

const ENTRIES = [
  'src/index.ts',
  'src/node/index.ts',
  'src/msw/index.ts',
  'src/vitest/index.ts',
  'src/jest/index.ts',
]
/**
 * Left to the consumer's node_modules: the peer dependencies (the user's own msw, Vitest and Jest,
 * whose instances the faces must share) and faker, which only a seed other than the precomputed ones
 * imports, lazily (decision 0018). `@hono/node-server` and `hono` are bundled: the fake's app is its
 * own, and nothing of them crosses the package's API at run time but the app's methods.
 */
const EXTERNAL = ['msw', 'msw/*', 'vitest', 'vitest/*', 'expect', '@faker-js/faker', '@faker-js/faker/*']

const result = await build({
  entryPoints: ENTRIES,
  outdir: 'dist',
  outbase: 'src',
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // Whitespace and syntax only: a test file compiles ~25 % less source (~15 ms of CPU of one file's
  // setup, issue 25), and names stay as written, so a stack trace still names the function.
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [zodEnglishOnly],
  metafile: true,
  logLevel: 'warning',
})

// A module that finds files beside itself (`new URL(..., import.meta.url)`) would look for them from a
// chunk's folder, not its source's: none of the library's may (the CLI's, bundled on their own, do).
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (readFileSync(file, 'utf8').includes('import.meta.url'))
    throw new Error(
      `bundle-library: ${file} uses import.meta.url (from ${Object.keys(output.inputs).join(', ')})`,
    )
}

// tsc's .js files other than the entries: nothing the package exports imports them any more. The CLI's
// bin (built by bundle-cli.mjs) is the one other .js file the package runs.
const written = new Set(Object.keys(result.metafile.outputs))
for (const file of listJs('dist')) {
  if (!written.has(file) && file !== 'dist/node/cli-bundle.js') rmSync(file)
}

/** The .js files under `dir`, as paths relative to the repository (as esbuild's metafile names them). */
function listJs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return listJs(path)
    return entry.name.endsWith('.js') ? [path] : []
  })
}
