import { expect } from 'vitest'

/** The issue's bound: /healthz answers within this while an attack runs. */
export const HEALTHZ_BOUND_MS = 100
/** How long an attack may take before the server counts as frozen (it never does, when linear). */
const ATTACK_DEADLINE_MS = 4000
/** A slow /healthz may be the shared machine's doing: the whole case is tried this often. */
const ATTEMPTS = 5

/** What one attempt saw: the attack's answer (or why it has none) and the slowest /healthz. */
interface Attempt<T> {
  readonly outcome: { ok: true; value: T } | { ok: false; error: string }
  readonly slowestHealthzMs: number
  readonly healthzAnswers: number
}

/**
 * Runs `attack` (given an abort signal) while polling `/healthz` one request after another, and
 * expects both: the attack answered, and no /healthz took `HEALTHZ_BOUND_MS` or more. A slow /healthz
 * is retried (up to ATTEMPTS times); an attack that does not answer by its deadline fails at once.
 */
export async function expectResponsiveDuring<T>(
  url: string,
  attack: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  let last: Attempt<T> | undefined
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    last = await attemptWhilePolling(url, attack)
    // ADVERSARIAL_REPORT=1 prints what each attempt measured (for the figures of a report).
    if (process.env.ADVERSARIAL_REPORT)
      console.info(
        `attempt ${attempt}: slowest /healthz ${last.slowestHealthzMs.toFixed(1)} ms of ${last.healthzAnswers}`,
      )
    if (!last.outcome.ok) break
    if (last.slowestHealthzMs < HEALTHZ_BOUND_MS) return last.outcome.value
  }
  const seen = last as Attempt<T>
  expect.fail(
    `${seen.outcome.ok ? 'the attack answered' : `the attack did not answer: ${seen.outcome.error}`}; ` +
      `slowest /healthz ${seen.slowestHealthzMs.toFixed(1)} ms over ${seen.healthzAnswers} answer(s) ` +
      `(bound ${HEALTHZ_BOUND_MS} ms, ${ATTEMPTS} attempts)`,
  )
}

async function attemptWhilePolling<T>(
  url: string,
  attack: (signal: AbortSignal) => Promise<T>,
): Promise<Attempt<T>> {
  const deadline = Date.now() + ATTACK_DEADLINE_MS
  let done = false
  const attacked = attack(AbortSignal.timeout(ATTACK_DEADLINE_MS)).then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error: String(error) }),
  )
  void attacked.finally(() => {
    done = true
  })
  let slowest = 0
  let answers = 0
  // At least one /healthz is sent while the attack is in flight; the loop ends with it or its deadline.
  do {
    const sent = performance.now()
    const answered = await fetch(`${url}/healthz`, {
      signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    }).then(
      async (response) => response.ok && (await response.text()).length >= 0,
      () => false,
    )
    const took = performance.now() - sent
    slowest = Math.max(slowest, answered ? took : Number.POSITIVE_INFINITY)
    if (answered) answers++
    await new Promise((resolve) => setTimeout(resolve, 5))
  } while (!done && Date.now() < deadline)
  return { outcome: await attacked, slowestHealthzMs: slowest, healthzAnswers: answers }
}

/** Polls (bounded) until the CLI has exited or `timeoutMs` passed; answers the exit code if any. */
export async function exitCodeWithin(exited: Promise<number | string>, timeoutMs: number) {
  return Promise.race([
    exited,
    new Promise((resolve) => setTimeout(() => resolve('still running'), timeoutMs)),
  ])
}
