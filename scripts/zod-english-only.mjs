// An esbuild plugin for the CLI's bundles (the npm bin and the single executable) and the library's
// (decision 0038). zod re-exports all of its ~50 locales as `z.locales`, a third of its 750 kB in a
// bundle, and configures English itself. The fake never switches locale: its bundles get English alone
// (decision 0018).
import { dirname } from 'node:path'

export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      loader: 'js',
      resolveDir: dirname(args.path),
    }))
  },
}
