import { createRequire } from 'node:module'

// Set by the bundlers (scripts/bundle-cli.mjs, scripts/build-binary.sh): a bundle copied on its own,
// or inside a single executable, has no package.json beside it to read.
declare const YR_META_MOCK_VERSION: string | undefined

/** The package's version. */
export const VERSION: string =
  typeof YR_META_MOCK_VERSION === 'string'
    ? YR_META_MOCK_VERSION
    : (createRequire(import.meta.url)('../../package.json') as { version: string }).version
