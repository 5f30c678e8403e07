import * as z from './zod-api.js'

/**
 * The fake's one entry to zod's values: every schema module imports `z` from here, so zod is
 * configured before any schema is built (decision 0044).
 *
 * - `z` holds the part of zod's API the fake uses (`zod-api.ts`). zod's own `z` holds all of it, and
 *   a bundle keeps all of it: the library's zod chunk was 391 kB, 208 kB with this.
 * - `jitless`: zod compiles each object schema's parser with `new Function` on its first parse. That
 *   costs a fresh process its first write (~5 ms), and the compiled parsers were not faster on the
 *   fake's write path: 2,000 `POST /functions` in one process took ~340 µs each with them and ~300 µs
 *   without. The package bundles its own zod (decision 0038), so a user's zod is not touched.
 */
z.config({ jitless: true })

export { z }
