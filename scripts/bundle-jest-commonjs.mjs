// Builds the `require` face of yr-meta-mock/jest: src/jest/commonjs.ts bundled into one CommonJS
// file (admin client, matchers, global setup), so CommonJS Jest loads it without transforming
// node_modules. The server stays ESM: the global setup imports ../node/index.js when it runs, in
// Jest's own process, where native import() works from CommonJS. Its types are a hand-written
// .d.cts (src/jest/commonjs.d.cts) that refers to tsc's ESM declarations.
import { copyFile, rm } from 'node:fs/promises'
import { build } from 'esbuild'

await build({
  entryPoints: ['src/jest/commonjs.ts'],
  outfile: 'dist/jest/commonjs.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  plugins: [
    {
      name: 'server-stays-esm',
      setup(builder) {
        builder.onResolve({ filter: /^\.\.\/node\/index\.js$/ }, (args) => ({
          path: args.path,
          external: true,
        }))
      },
    },
  ],
  logLevel: 'warning',
})
await copyFile('src/jest/commonjs.d.cts', 'dist/jest/commonjs.d.cts')
// tsc's ESM copy of the file is not an entry point of its own.
await Promise.all(
  ['commonjs.js', 'commonjs.js.map', 'commonjs.d.ts'].map((f) => rm(`dist/jest/${f}`, { force: true })),
)
