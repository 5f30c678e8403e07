// Bundles the CLI into one file (dist/node/cli-main.cjs) behind a small bin (dist/node/cli-bundle.js) that
// compiles it with V8's code cache made here (dist/node/cli-main.cjs.cache, decision 0037). Loading ~90 of
// our modules plus the dependencies' own module graphs was a third of a cold start; one file loads in a
// fraction of that, and its code cache skips most of parsing and compiling it. The library's entry points are
// bundled separately, as ESM with shared chunks (scripts/bundle-library.mjs, decision 0038).
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Script } from 'node:vm'
import { build } from 'esbuild'
import { zodEnglishOnly } from './zod-english-only.mjs'

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

const OUTFILE = 'dist/node/cli-main.cjs'
const BIN = 'dist/node/cli-bundle.js'
const CACHE = `${OUTFILE}.cache`
/** The lazy import the bundle keeps (faker's English build), by its specifier. */
const DYNAMIC_IMPORTS = ['"@faker-js/faker/locale/en"']

await build({
  entryPoints: ['src/node/cli.ts'],
  outfile: OUTFILE,
  bundle: true,
  platform: 'node',
  // CommonJS, run by the bin as a script: V8's code cache is Node 20's for scripts (`vm.Script`), not modules.
  format: 'cjs',
  target: 'node20',
  // Loaded lazily (a seed other than the default, decision 0018), and dependencies anyway: not
  // worth a copy in the bundle.
  external: ['msw', '@faker-js/faker'],
  plugins: [zodEnglishOnly],
  // Inlined, so the bundle copied on its own still knows its version (no ../../package.json to read);
  // import.meta.url is the bundle's own URL, which the bin hands it.
  define: { YR_META_MOCK_VERSION: JSON.stringify(version), 'import.meta.url': '__yrBundleUrl' },
  logLevel: 'warning',
})

// One non-ASCII character anywhere (a comment, a template) makes V8 keep the whole source (~0.9 MB) as
// UTF-16: twice the memory, for as long as the process lives. Escaped, the text means the same.
// The hashbang goes (the bin has it; the bundle is the body of a function), and a dynamic `import()`
// becomes the bin's: a script compiled by `vm.Script` has no module loader of its own.
const text = readFileSync(OUTFILE, 'utf8')
  .replace(/^#![^\n]*\n/, '')
  .replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
const imports = [...text.matchAll(/\bimport\((?=["'`])/g)]
const found = DYNAMIC_IMPORTS.filter((specifier) => text.includes(`import(${specifier})`))
if (imports.length !== DYNAMIC_IMPORTS.length || found.length !== DYNAMIC_IMPORTS.length)
  throw new Error(
    `bundle-cli: expected the dynamic imports ${DYNAMIC_IMPORTS.join(', ')} once each, found ${imports.length}`,
  )
/**
 * The bundle as one function's body: what the bin compiles, and what the code cache is made of. The file
 * holds the wrapper itself (the head on the bundle's first line, so its line numbers stay esbuild's): the
 * bin compiles the text it read as is. Joined in the bin, V8 took ~9 ms longer to compile the joined string
 * with its cache than the same text read whole (15 fresh processes each, decision 0037).
 */
const WRAPPER = {
  head: '(function (exports, require, module, __filename, __dirname, __yrBundleUrl, __yrImport) {',
  tail: '\n})',
}
writeFileSync(OUTFILE, `${WRAPPER.head}${text.replace(/\bimport\((?=["'`])/g, '__yrImport(')}${WRAPPER.tail}`)

writeFileSync(
  BIN,
  `#!/usr/bin/env node
// The bin: compiles the CLI bundle (cli-main.cjs) with the V8 code cache the build made, and runs it.
// A cache another Node or V8 made is rejected by V8 itself, and the bundle is compiled as usual.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'

const url = new URL('./cli-main.cjs', import.meta.url)
const filename = fileURLToPath(url)
let cachedData
try {
  cachedData = readFileSync(\`\${filename}.cache\`)
} catch {}
// The bundle is one function expression (its wrapper is in the file): compiled as read, not joined here.
const source = readFileSync(filename, 'latin1')
const script = new Script(source, { filename, cachedData })
const module = { exports: {} }
const run = script.runInThisContext()
run(module.exports, createRequire(url), module, filename, fileURLToPath(new URL('.', url)), url.href, (specifier) =>
  import(specifier),
)
if (process.env.YR_META_MOCK_WRITE_CODE_CACHE === '1') process.stdout.write(script.createCachedData().toString('base64'))
`,
)

chmodSync(BIN, 0o755)

// The code cache: the bin run once with --version (which loads and initialises every module, then
// prints), its compiled code taken right after. Made by the Node that builds; another one rejects it.
rmSync(CACHE, { force: true })
const printed = execFileSync(process.execPath, [BIN, '--version'], {
  env: { ...process.env, YR_META_MOCK_WRITE_CODE_CACHE: '1' },
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
})
const cache = Buffer.from(printed.slice(printed.indexOf('\n') + 1), 'base64')
// V8 takes the cache only for the very source it was made from: checked here, as the bin compiles it.
const source = readFileSync(OUTFILE, 'latin1')
if (new Script(source, { filename: resolve(OUTFILE), cachedData: cache }).cachedDataRejected !== false)
  throw new Error('bundle-cli: V8 rejected the code cache made for the CLI bundle')
writeFileSync(CACHE, cache)
