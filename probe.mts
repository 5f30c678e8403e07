import { createMetaService } from './src/index.js'

for (const functions of [30, 300, 3000]) {
  const t = performance.now()
  const s = createMetaService({ functions })
  await s.ready
  const n = s.engine.context.store.allRecords().length
  console.log(
    functions,
    'functions',
    n,
    'records',
    (performance.now() - t).toFixed(0),
    'ms',
    (((performance.now() - t) / n) * 1000).toFixed(1),
    'us/record',
  )
}
