import { toScope } from '../model/scope.js'
import { toFunctionSpec } from '../resources/functions/function-spec.js'
import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'
import type { FunctionHistory, HistoryEvent } from './function-history.js'

function buildFunctionFixtureSchema() {
  const versionFixtureSchema = z.union([
    z.string(),
    z.object({
      versionNumber: z.string(),
      versionDesc: z.string().optional(),
      publishedAt: z.iso.datetime().optional(),
    }),
  ])

  /**
   * A function to load: a partial record, the rest filled with plain defaults. It is written
   * through the same domain operations as the API, so it gets the same checks and shape.
   */
  const functionFixtureSchema = z.object({
    name: z.string(),
    tenant: z.string().optional(),
    product: z.string().optional(),
    kind: z.string().optional(),
    runtime: z.string().optional(),
    handler: z.string().optional(),
    description: z.string().optional(),
    cpu: z.number().int().optional(),
    memory: z.number().int().optional(),
    timeout: z.number().int().optional(),
    minInstance: z.number().int().optional(),
    maxInstance: z.number().int().optional(),
    concurrentNum: z.number().int().optional(),
    environment: z.record(z.string(), z.string()).optional(),
    tags: z.record(z.string(), z.string()).optional(),
    createdAt: z.iso.datetime().optional(),
    versions: z
      .union([z.number().int().min(0).max(100_000).describe('versions 1..n'), z.array(versionFixtureSchema)])
      .optional()
      .describe('published versions, oldest first: numbers, or {versionNumber, versionDesc, publishedAt}'),
  })
  return { functionFixtureSchema }
}

/** The fixture schema, built on first use (decision 0039). */
export const functionFixtureSchemas = lazy(buildFunctionFixtureSchema)

/** A function to load at start-up or from a scenario. */
export type FunctionFixture = z.input<ReturnType<typeof buildFunctionFixtureSchema>['functionFixtureSchema']>

const FIXTURE_EPOCH = new Date('2025-01-01T00:00:00.000Z')
const MINUTE = 60_000

/** The history that writes a fixture: created, then each version published a minute apart. */
export function toFixtureHistory(fixture: FunctionFixture, defaultTenant: string): FunctionHistory {
  const { name, tenant, product, createdAt, versions = [], tags, ...fields } = fixture
  const spec = toFunctionSpec({
    runtime: 'python3.9',
    handler: 'handler.my_handler',
    cpu: 500,
    memory: 256,
    timeout: 60,
    ...fields,
    tags: tags ?? null,
  })
  const created = createdAt ? new Date(createdAt) : FIXTURE_EPOCH
  const list =
    typeof versions === 'number' ? Array.from({ length: versions }, (_, n) => String(n + 1)) : versions
  const events = list.map((version, index): HistoryEvent => {
    const entry = typeof version === 'string' ? { versionNumber: version } : version
    const at = entry.publishedAt
      ? new Date(entry.publishedAt)
      : new Date(created.getTime() + (index + 1) * MINUTE)
    return { type: 'publish', at, versionNumber: entry.versionNumber, versionDesc: entry.versionDesc ?? '' }
  })
  return { scope: toScope(tenant || defaultTenant, product ?? ''), name, createdAt: created, spec, events }
}
