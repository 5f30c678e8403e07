// Writes schema/scenario.schema.json from the zod schema the loader validates with, so the two
// cannot drift (a test compares them). Run: npm run schema
import { writeFileSync } from 'node:fs'
import { toScenarioJsonSchema } from '../src/scenarios/scenario-schema.js'

const target = new URL('../schema/scenario.schema.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(toScenarioJsonSchema(), null, 2)}\n`)
console.log(`wrote ${target.pathname}`)
