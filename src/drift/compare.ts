import type { Answer, Exchange, Step } from './exchange.js'

/** Requests a caller expects to differ (the harness's deliberate differences); not counted as drift. */
export type ExpectedDifference = (sequence: string, request: Step) => boolean

export interface Difference {
  readonly sequence: string
  readonly index: number
  readonly face: string
  readonly exchange: Exchange
  readonly actual: Answer
}

/** Whether two answers are equal where compared: status, Content-Type, Location and body bytes. */
export function sameAnswer(expected: Answer, actual: Answer): boolean {
  if (expected.kind !== actual.kind) return false
  if (expected.kind !== 'response' || actual.kind !== 'response') return true
  return (
    expected.status === actual.status &&
    expected.contentType === actual.contentType &&
    expected.location === actual.location &&
    expected.body === actual.body
  )
}

/**
 * Differences of one face's run against the expected exchanges. A request the face cannot carry
 * (GET/HEAD with a body through fetch) is not a difference: it is counted apart.
 */
export function compareRun(
  sequence: string,
  face: string,
  expected: readonly Exchange[],
  actual: readonly Exchange[],
  isExpected: ExpectedDifference = () => false,
): Difference[] {
  const differences: Difference[] = []
  expected.forEach((exchange, index) => {
    const answer = actual[index]?.answer
    if (!answer || answer.kind === 'not-carried') return
    if (isExpected(sequence, exchange.request)) return
    if (!sameAnswer(exchange.answer, answer))
      differences.push({ sequence, index, face, exchange, actual: answer })
  })
  return differences
}

function describeAnswer(answer: Answer): string {
  if (answer.kind !== 'response') return `(${answer.kind})`
  const headers = `Content-Type: ${JSON.stringify(answer.contentType)}  Location: ${JSON.stringify(answer.location)}`
  return `${answer.status}  ${headers}\n    ${answer.body}`
}

/** The request and both answers, for a person to read. */
export function formatDifference(difference: Difference, expectedLabel = 'real'): string {
  const { request } = difference.exchange
  const headers = Object.entries(request.headers ?? {})
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ')
  return [
    `✗ ${difference.sequence} #${difference.index} on ${difference.face}`,
    `  request: ${request.method} ${request.path}${headers ? `  [${headers}]` : ''}`,
    ...(request.body === undefined ? [] : [`    ${request.body}`]),
    `  ${expectedLabel}: ${describeAnswer(difference.exchange.answer)}`,
    `  fake: ${describeAnswer(difference.actual)}`,
  ].join('\n')
}
