import { type Difference, sameAnswer } from './compare.js'
import type { Answer, Exchange, GivenState, Step } from './exchange.js'
import { ClockValues } from './normalize.js'
import type { ConcurrentSpec } from './sequences/concurrent.js'
import { mergeGiven, Steps } from './sequences/dsl.js'
import type { Target } from './targets.js'

/**
 * The concurrent mode (issue 24, decision 0027): a batch of writers sent at once to the real server,
 * whose transactions may interleave; the fake applies writes one at a time. A real run is matched
 * when some order of the batch, with the writers the real server answered `122003` (they lost a
 * transaction race) left out, gives the same answers on the fake, checks included. Clock values are
 * masked (which request wrote which instant cannot be told apart when requests overlap).
 */
export interface ConcurrentResult {
  /**
   * What no order of the batch explains on the fake, for each face. The real server is not
   * serializable (its handlers read outside their transactions and some write blindly), so these are
   * outcomes such as lost updates, printed for a person to check, not counted as differences
   * (decision 0027).
   */
  readonly unexplained: Difference[]
  /** Whether the real server answered some writer `122003` (a transaction race happened). */
  readonly raced: boolean
}

/** Builds the three parts of a spec in one tenant. */
function build(spec: ConcurrentSpec, tenant: string, unique: string) {
  const givens: GivenState[] = []
  const part = (fill: (s: Steps) => void) => {
    const steps = new Steps(tenant, unique)
    fill(steps)
    if (steps.given) givens.push(steps.given)
    return steps.steps
  }
  const [setup, batch, check] = [part(spec.setup), part(spec.batch), part(spec.check)]
  return { setup, batch, check, given: mergeGiven(givens) }
}

export async function diffConcurrent(
  real: Target,
  faces: readonly Target[],
  spec: ConcurrentSpec,
  tenant: string,
  unique: string,
): Promise<ConcurrentResult> {
  const parts = build(spec, tenant, unique)
  const expected = await runOnce(real, parts, undefined)
  const losers = new Set(
    parts.batch.map((_, i) => i).filter((i) => isConflict(expected[parts.setup.length + i]?.answer)),
  )
  const unexplained: Difference[] = []
  for (const face of faces) {
    let best: Difference[] | undefined
    for (const order of permutations(parts.batch.map((_, i) => i).filter((i) => !losers.has(i)))) {
      const actual = await runOnce(face, parts, { order, losers })
      const found = compare(spec.name, face.name, expected, actual, losers, parts.setup.length)
      if (found.length === 0 || best === undefined || found.length < best.length) best = found
      if (found.length === 0) break
    }
    unexplained.push(...(best ?? []))
  }
  return { unexplained, raced: losers.size > 0 }
}

interface Plan {
  readonly order: readonly number[]
  readonly losers: ReadonlySet<number>
}

/** Setup in order, the batch at once (real) or in `plan.order` (fake), then the checks. */
async function runOnce(
  target: Target,
  parts: ReturnType<typeof build>,
  plan: Plan | undefined,
): Promise<Exchange[]> {
  await target.beginSequence(parts.given)
  const clock = new ClockValues()
  const exchanges: Exchange[] = []
  for (const step of parts.setup) exchanges.push(await send(target, clock, step))
  const batch = parts.batch.map((step) => ({
    ...step,
    path: clock.resolve(step.path),
    body: resolveBody(clock, step),
  }))
  const answers: Answer[] = new Array(batch.length)
  if (plan === undefined) {
    const raw = await Promise.all(batch.map((step) => target.send(step)))
    raw.forEach((answer, i) => {
      answers[i] = mask(answer)
    })
  } else {
    for (const i of plan.order) answers[i] = mask(await target.send(batch[i] as Step))
  }
  parts.batch.forEach((step, i) => {
    exchanges.push({ request: step, answer: answers[i] ?? { kind: 'dropped' } })
  })
  for (const step of parts.check) exchanges.push({ request: step, answer: mask(await target.send(step)) })
  return exchanges
}

async function send(target: Target, clock: ClockValues, step: Step): Promise<Exchange> {
  const raw = await target.send({ ...step, path: clock.resolve(step.path), body: resolveBody(clock, step) })
  clock.beginRequest(...target.lastWindow())
  return {
    request: step,
    answer: raw.kind === 'response' ? { ...raw, body: clock.normalize(raw.body) } : raw,
  }
}

function resolveBody(clock: ClockValues, step: Step): string | undefined {
  return step.body === undefined ? undefined : clock.resolve(step.body)
}

const CLOCK = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} UTC|"revisionId":"\d+"|\bv\d{8}-\d{6}\b/g

/** Clock values masked, whatever request wrote them. */
function mask(answer: Answer): Answer {
  if (answer.kind !== 'response') return answer
  return {
    ...answer,
    body: answer.body.replace(CLOCK, (text) => (text.startsWith('"rev') ? '"revisionId":"<rev>"' : '<time>')),
  }
}

/** The answer of a writer that lost a transaction race (`errmsg.TransactionFailed`). */
function isConflict(answer: Answer | undefined): boolean {
  return answer?.kind === 'response' && answer.status === 500 && answer.body.startsWith('{"code":122003,')
}

function compare(
  sequence: string,
  face: string,
  expected: readonly Exchange[],
  actual: readonly Exchange[],
  losers: ReadonlySet<number>,
  batchStart: number,
): Difference[] {
  const differences: Difference[] = []
  expected.forEach((exchange, index) => {
    const answer = actual[index]?.answer
    if (!answer || answer.kind === 'not-carried' || losers.has(index - batchStart)) return
    if (!sameAnswer(exchange.answer, answer))
      differences.push({ sequence, index, face, exchange, actual: answer })
  })
  return differences
}

function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  )
}
