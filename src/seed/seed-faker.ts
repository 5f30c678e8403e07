import type { Faker } from '@faker-js/faker'
import { createFastRandomizer } from './fast-randomizer.js'

let loading: Promise<Faker> | undefined

/**
 * The faker that generates seed data, loaded on first use: a start on the default seed reads its
 * functions precomputed and never loads faker (decision 0018). Imported dynamically, because the CLI
 * bundle keeps faker outside and would otherwise load it at start.
 */
export function loadSeedFaker(): Promise<Faker> {
  loading ??= import('@faker-js/faker/locale/en').then(({ faker: englishFaker }) => {
    // One instance, reseeded per function: building a Faker per function costs more than the function.
    // The package's root entry loads every locale (~120 ms); the English entry loads one (~20 ms) but
    // exports only an instance, so its class builds ours, with the fast randomizer.
    const FakerClass = englishFaker.constructor as typeof Faker
    return new FakerClass({ locale: englishFaker.rawDefinitions, randomizer: createFastRandomizer() })
  })
  return loading
}
