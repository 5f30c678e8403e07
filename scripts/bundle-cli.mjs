// Bundles the CLI into one file (dist/node/cli-bundle.js, the package's bin). Loading ~90 of our
// modules plus the dependencies' own module graphs was a third of a cold start; one file loads in
// a fraction of that. The library entry points stay unbundled ESM from tsc.
import { readFileSync } from 'node:fs'
import { build } from 'esbuild'

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

await build({
  entryPoints: ['src/node/cli.ts'],
  outfile: 'dist/node/cli-bundle.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Loaded lazily on the first generic query, and a dependency anyway: not worth a copy in the bundle.
  external: ['@msw/data', 'msw'],
  banner: {
    js: "import { createRequire as __yrRequire } from 'node:module'; const require = __yrRequire(import.meta.url);",
  },
  // Inlined, so the bundle copied on its own still knows its version (no ../../package.json to read).
  define: { YR_META_MOCK_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
})
