import { compareRun, type Difference } from './compare.js'
import type { RecordedSequence, Step } from './exchange.js'
import { FreshPoolNames } from './fresh-pool-names.js'
import { runSequence } from './runner.js'
import type { Target } from './target.js'

/**
 * The tenants of requests without `X-Tenant-ID` on a server deployed with the defaults: `default`
 * since 0.8.0, a 32-digit id in 0.7.0 (`domain/release-settings.ts`).
 */
const DEFAULT_TENANTS: ReadonlySet<string> = new Set(['default', '12345678901234561234567890123456'])

/** What a verify run found. */
export interface VerifyResult {
  readonly sequences: number
  readonly exchanges: number
  readonly differences: Difference[]
}

/**
 * Replays recorded sequences on a live target, each in a fresh tenant (the recorded tenant plus
 * `tag`), and compares its answers with the recorded ones as the differential harness does: status,
 * Content-Type, Location and body bytes, clock values normalized. Pod pool ids and groups (global
 * on the server) get fresh names too. The fresh names are written back to the recorded ones in the
 * answers, so URNs and lists compare equal, and a second run against the same server finds no drift.
 */
export async function verifySequences(
  target: Target,
  sequences: readonly RecordedSequence[],
  tag: string,
): Promise<VerifyResult> {
  const differences: Difference[] = []
  let exchanges = 0
  for (const sequence of sequences) {
    const tenants = new Map<string, string>()
    const pools = new FreshPoolNames(tag)
    const steps = sequence.exchanges.map((exchange) =>
      pools.rewrite(withFreshTenant(exchange.request, tag, tenants)),
    )
    const restored = withNamesRestored(target, (body) => pools.restore(restoreTenants(body, tenants)))
    const actual = await runSequence(restored, { name: sequence.name, steps })
    exchanges += actual.length
    differences.push(...compareRun(sequence.name, target.name, sequence.exchanges, actual))
  }
  return { sequences: sequences.length, exchanges, differences }
}

function withFreshTenant(step: Step, tag: string, tenants: Map<string, string>): Step {
  if (!step.headers) return step
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(step.headers)) {
    // The server's default tenant is shared with requests that name none: it keeps its name.
    if (name.toLowerCase() === 'x-tenant-id' && value !== '' && !DEFAULT_TENANTS.has(value)) {
      const fresh = `${value}${tag}`
      tenants.set(fresh, value)
      headers[name] = fresh
    } else headers[name] = value
  }
  const inUrns = (text: string) => {
    // URNs name the tenant too (sn:cn:yrk:<tenant>:function:… or <tenant>@<product>): the fresh one there as well
    for (const [fresh, recorded] of tenants) {
      text = text.replaceAll(`:${recorded}:`, `:${fresh}:`).replaceAll(`:${recorded}@`, `:${fresh}@`)
    }
    return text
  }
  return {
    ...step,
    path: inUrns(step.path),
    headers,
    ...(step.body === undefined ? {} : { body: inUrns(step.body) }),
  }
}

function restoreTenants(body: string, tenants: ReadonlyMap<string, string>): string {
  for (const [fresh, recorded] of tenants) body = body.replaceAll(fresh, recorded)
  return body
}

/** The target with each answer's fresh names (tenants, pod pools) written back to the recorded ones. */
function withNamesRestored(target: Target, restore: (body: string) => string): Target {
  return {
    ...target,
    name: target.name,
    beginSequence: () => target.beginSequence(),
    lastWindow: () => target.lastWindow(),
    close: () => target.close(),
    async send(step) {
      const answer = await target.send(step)
      if (answer.kind !== 'response') return answer
      return { ...answer, body: restore(answer.body) }
    },
  }
}
