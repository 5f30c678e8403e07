import type { Faker } from '@faker-js/faker'
import { toScope } from '../model/scope.js'
import { type FunctionSpec, toFunctionSpec } from '../resources/functions/function-spec.js'
import type { FunctionHistory, HistoryEvent } from './function-history.js'
import { SECOND_TENANT } from './seed-defaults.js'

type NameForm = 'faas' | 'yrlib' | 'plain'

const RUNTIMES_BY_KIND: Record<string, readonly string[]> = {
  faas: [
    'java8',
    'java11',
    'java17',
    'java21',
    'python3.6',
    'python3.8',
    'python3.9',
    'python3.11',
    'posix-custom-runtime',
  ],
  yrlib: [
    'cpp11',
    'java1.8',
    'java11',
    'java17',
    'python3.6',
    'python3.8',
    'python3.9',
    'python3.11',
    'go1.13',
  ],
}
const FIRST_DATE = new Date('2024-01-01T00:00:00.000Z')
const LAST_DATE = new Date('2026-06-01T00:00:00.000Z')
const MINUTE = 60_000
/** The most versions a generated function publishes (the data budget counts a generated function at its most). */
export const MAX_GENERATED_VERSIONS = 8

/**
 * Generates function number `index` of a seed from its own faker seed, (seed, index),
 * so asking for more functions never changes the ones before.
 */
export function generateHistory(
  faker: Faker,
  seed: number,
  index: number,
  defaultTenant: string,
): FunctionHistory {
  faker.seed([seed, index])
  const tenantId = faker.helpers.weightedArrayElement([
    { weight: 3, value: defaultTenant },
    { weight: 1, value: SECOND_TENANT },
  ])
  const form = faker.helpers.arrayElement<NameForm>(['faas', 'yrlib', 'plain'])
  const name = toName(faker, form)
  const spec = toSpec(faker, form)
  const createdAt = faker.date.between({ from: FIRST_DATE, to: LAST_DATE })
  return { scope: toScope(tenantId), name, createdAt, spec, events: toEvents(faker, spec, createdAt) }
}

function toName(faker: Faker, form: NameForm): string {
  const fn = `${toSlug(faker.word.verb())}-${toSlug(faker.word.noun())}`
  const service = toSlug(faker.word.noun()).replaceAll('-', '').slice(0, 16) || 'svc'
  if (form === 'faas') return `0@${service}@${fn}`
  if (form === 'yrlib') return `0-${service}-${fn}`
  return fn
}

function toSlug(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
}

function toSpec(faker: Faker, form: NameForm): FunctionSpec {
  const kind = form === 'plain' ? faker.helpers.arrayElement(['', 'yrlib']) : form
  const runtime = faker.helpers.arrayElement(RUNTIMES_BY_KIND[kind || 'yrlib'] ?? [])
  return toFunctionSpec({
    kind,
    runtime,
    handler: toHandler(runtime),
    description: faker.datatype.boolean() ? faker.lorem.sentence() : '',
    cpu: faker.helpers.arrayElement([300, 500, 600, 1000, 2000, 4000]),
    memory: faker.helpers.arrayElement([128, 256, 512, 1024, 2048, 4096]),
    timeout: faker.helpers.arrayElement([30, 60, 120, 300, 600, 900]),
    maxInstance: faker.helpers.arrayElement([10, 50, 100]),
    concurrentNum: faker.helpers.arrayElement([1, 10, 100]),
    environment: faker.datatype.boolean() ? { LOG_LEVEL: faker.helpers.arrayElement(['info', 'debug']) } : {},
    tags: faker.datatype.boolean({ probability: 0.3 }) ? { team: toSlug(faker.word.noun()) } : null,
  })
}

function toHandler(runtime: string): string {
  if (runtime.startsWith('python')) return 'handler.my_handler'
  if (runtime.startsWith('java')) return 'com.example.Handler::handleRequest'
  if (runtime.startsWith('go')) return 'main.Handler'
  if (runtime.startsWith('cpp')) return 'handler'
  return 'bootstrap'
}

function toEvents(faker: Faker, spec: FunctionSpec, createdAt: Date): HistoryEvent[] {
  const publishes = faker.number.int({ min: 0, max: MAX_GENERATED_VERSIONS })
  const style = faker.helpers.arrayElement(['counter', 'semver'] as const)
  const events: HistoryEvent[] = []
  let at = createdAt
  for (let n = 1; n <= publishes; n++) {
    at = new Date(at.getTime() + faker.number.int({ min: 1, max: 7 * 24 * 60 }) * MINUTE)
    if (faker.datatype.boolean()) {
      const cpu = faker.helpers.arrayElement([spec.cpu, spec.cpu + 100])
      events.push({ type: 'update', at, spec: { ...spec, cpu } })
      at = new Date(at.getTime() + faker.number.int({ min: 1, max: 120 }) * MINUTE)
    }
    const versionNumber = style === 'counter' ? String(n) : `1.${n - 1}.0`
    events.push({
      type: 'publish',
      at,
      versionNumber,
      versionDesc: faker.helpers.arrayElement(['', `release ${n}`]),
    })
  }
  return events
}
