// Builds the single executable: dist-bin/yr-meta-mock, this machine's `node` with the CLI injected
// (Node's single-executable applications). Linux x64 in CI; it runs where that node runs, with no
// Node or npm installed. Usage: node scripts/build-binary.mjs [out-dir, default dist-bin]
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { build } from 'esbuild'
import { zodEnglishOnly } from './zod-english-only.mjs'

const OUT = process.argv[2] ?? 'dist-bin'
const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT, { recursive: true })

// Node 20's SEA runs one CommonJS script whose `require` sees only built-in modules: bundle every
// dependency (the npm bin leaves msw and faker outside; here nothing can be outside).
await build({
  entryPoints: ['src/node/cli.ts'],
  outfile: `${OUT}/sea-main.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifySyntax: true,
  // The version inlined: there is no package.json inside the executable. import.meta.url only
  // appears in the branch that would read package.json, which the inlined version removes.
  define: { YR_META_MOCK_VERSION: JSON.stringify(version), 'import.meta.url': '"file:///yr-meta-mock"' },
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
})

writeFileSync(
  `${OUT}/sea-config.json`,
  JSON.stringify({
    main: `${OUT}/sea-main.cjs`,
    output: `${OUT}/sea-prep.blob`,
    disableExperimentalSEAWarning: true,
    // V8's compiled code for the script, made at build time: parsing and compiling the bundle
    // is most of a cold start.
    useCodeCache: true,
  }),
)
execFileSync(process.execPath, ['--experimental-sea-config', `${OUT}/sea-config.json`], { stdio: 'inherit' })

const binary = `${OUT}/yr-meta-mock`
copyFileSync(process.execPath, binary)
chmodSync(binary, 0o755)
const postject = createRequire(import.meta.url).resolve('postject/dist/cli.js')
execFileSync(
  process.execPath,
  [
    postject,
    binary,
    'NODE_SEA_BLOB',
    `${OUT}/sea-prep.blob`,
    '--sentinel-fuse',
    'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2',
  ],
  { stdio: 'inherit' },
)
console.log(
  `built ${binary} (yr-meta-mock ${version} on node ${process.version}, ${process.platform}-${process.arch})`,
)
