import type { Answer, EtcdState, Exchange, Sequence, Step } from './exchange.js'
import { ClockValues } from './normalize.js'
import type { RawAnswer, Target } from './target.js'

function normalizeAnswer(raw: RawAnswer, clock: ClockValues): Answer {
  if (raw.kind !== 'response') return raw
  return { ...raw, body: clock.normalize(raw.body) }
}

function resolveStep(step: Step, clock: ClockValues): Step {
  const resolved: Step = { ...step, path: clock.resolve(step.path) }
  return step.body === undefined ? resolved : { ...resolved, body: clock.resolve(step.body) }
}

/**
 * Runs one sequence on a target. Requests are kept as authored (with placeholders); answers are
 * normalized with this target's own numbering, so the same request list replays anywhere.
 */
export async function runSequence(target: Target, sequence: Sequence): Promise<Exchange[]> {
  await target.beginSequence(sequence.given)
  const clock = new ClockValues()
  const exchanges: Exchange[] = []
  for (const step of sequence.steps) {
    const raw = step.etcd ? await switchEtcd(target, step.etcd) : await target.send(resolveStep(step, clock))
    clock.beginRequest(...target.lastWindow())
    exchanges.push({ request: step, answer: normalizeAnswer(raw, clock) })
  }
  return exchanges
}

async function switchEtcd(target: Target, state: EtcdState): Promise<RawAnswer> {
  if (!target.etcd) throw new Error(`${target.name} cannot take etcd down or bring it back (an outage step)`)
  await target.etcd(state)
  return { kind: 'etcd', state }
}
