import type { Answer, Exchange, RecordedSequence, Step } from './exchange.js'
import { ClockValues } from './normalize.js'

/** The parts of a recorded scenario rule (`yr-meta-mock --record`) that `verify` reads. */
export interface RecordedRuleLike {
  readonly respond?: {
    readonly status?: number
    readonly headers?: Readonly<Record<string, string>>
    readonly body?: string
  }
  readonly recorded?: {
    readonly method: string
    readonly path: string
    readonly headers?: Readonly<Record<string, string>>
    readonly body?: string
    readonly window?: readonly [number, number]
    readonly position?: number
  }
}

/**
 * The recorded exchanges of a fixture as one sequence to replay, in recording order. Clock values
 * become numbered placeholders, in the answers and in the requests that quote them (a revision id
 * sent back on update), so the sequence replays on a server whose clock reads other values.
 */
export function toRecordedSequence(name: string, rules: readonly RecordedRuleLike[]): RecordedSequence {
  const recorded = rules
    .filter((rule) => rule.recorded !== undefined && rule.respond !== undefined)
    .sort((a, b) => (a.recorded?.position ?? 0) - (b.recorded?.position ?? 0))
  const clock = new ClockValues()
  const exchanges: Exchange[] = recorded.map((rule) => {
    const request = rule.recorded as NonNullable<RecordedRuleLike['recorded']>
    const step: Step = {
      method: request.method,
      path: clock.normalize(request.path),
      ...(request.headers === undefined ? {} : { headers: request.headers }),
      ...(request.body === undefined ? {} : { body: clock.normalize(request.body) }),
    }
    const [start, end] = request.window ?? [0, 0]
    clock.beginRequest(start, end)
    return {
      request: step,
      answer: toAnswer(rule.respond as NonNullable<RecordedRuleLike['respond']>, clock),
    }
  })
  return { name, exchanges }
}

function toAnswer(respond: NonNullable<RecordedRuleLike['respond']>, clock: ClockValues): Answer {
  const headers = respond.headers ?? {}
  return {
    kind: 'response',
    status: respond.status ?? 200,
    contentType: headers['content-type'] ?? null,
    location: headers.location ?? null,
    body: clock.normalize(respond.body ?? ''),
  }
}
