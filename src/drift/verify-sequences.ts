import { compareRun, type Difference } from './compare.js'
import type { RecordedSequence, Step } from './exchange.js'
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
 * Content-Type, Location and body bytes, clock values normalized. The fresh tenant is written back
 * to the recorded one in the answers, so URNs compare equal.
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
    const steps = sequence.exchanges.map((exchange) => withFreshTenant(exchange.request, tag, tenants))
    const actual = await runSequence(withTenantsRestored(target, tenants), { name: sequence.name, steps })
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

function withTenantsRestored(target: Target, tenants: ReadonlyMap<string, string>): Target {
  return {
    ...target,
    name: target.name,
    beginSequence: () => target.beginSequence(),
    lastWindow: () => target.lastWindow(),
    close: () => target.close(),
    async send(step) {
      const answer = await target.send(step)
      if (answer.kind !== 'response') return answer
      let body = answer.body
      for (const [fresh, recorded] of tenants) body = body.replaceAll(fresh, recorded)
      return { ...answer, body }
    },
  }
}
