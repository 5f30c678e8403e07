// Bundles the CLI into one file (dist/node/cli-bundle.js, the package's bin). Loading ~90 of our
// modules plus the dependencies' own module graphs was a third of a cold start; one file loads in
// a fraction of that. The library entry points stay unbundled ESM from tsc.
import { readFileSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'
import { zodEnglishOnly } from './zod-english-only.mjs'

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

const OUTFILE = 'dist/node/cli-bundle.js'

await build({
  entryPoints: ['src/node/cli.ts'],
  outfile: OUTFILE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Loaded lazily (a seed other than the default, decision 0018), and dependencies anyway: not
  // worth a copy in the bundle.
  external: ['msw', '@faker-js/faker'],
  plugins: [zodEnglishOnly],
  banner: {
    js: "import { createRequire as __yrRequire } from 'node:module'; const require = __yrRequire(import.meta.url);",
  },
  // Inlined, so the bundle copied on its own still knows its version (no ../../package.json to read).
  define: { YR_META_MOCK_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
})

// One non-ASCII character anywhere (a comment, a template) makes V8 keep the whole source (~0.9 MB) as
// UTF-16: twice the memory, for as long as the process lives. Escaped, the text means the same.
const text = readFileSync(OUTFILE, 'utf8')
writeFileSync(
  OUTFILE,
  text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
)
