import { z } from 'zod'

/**
 * The fake's one entry to zod's values: every schema module imports `z` from here, so zod is
 * configured before any schema is built. `jitless`: zod compiles each object schema's parser with
 * `new Function` on its first parse. That costs a fresh process its first write (~5 ms), and the
 * compiled parsers were not faster on the fake's write path: 2,000 `POST /functions` in one process
 * took ~340 µs each with them and ~300 µs without (decision 0044). The package bundles its own zod
 * (decision 0038), so a user's zod is not touched.
 */
z.config({ jitless: true })

export { z }
