import type { Difference } from './compare.js'
import type { Answer } from './exchange.js'

const CONTEXT = 80

/**
 * One difference for a person at a terminal: the request, then what differs (status, headers) and,
 * for bodies, the text around the first differing character instead of both bodies whole.
 */
export function formatDrift(
  difference: Difference,
  expectedLabel = 'recorded',
  actualLabel = 'live',
): string {
  const { request } = difference.exchange
  const expected = difference.exchange.answer
  const actual = difference.actual
  return [
    `✗ ${difference.sequence} #${difference.index}: ${request.method} ${request.path}`,
    ...describeChange(expected, actual, expectedLabel, actualLabel).map((line) => `  ${line}`),
  ].join('\n')
}

function describeChange(
  expected: Answer,
  actual: Answer,
  expectedLabel: string,
  actualLabel: string,
): string[] {
  if (expected.kind !== 'response' || actual.kind !== 'response') {
    return [`${expectedLabel}: ${summary(expected)}`, `${actualLabel}: ${summary(actual)}`]
  }
  const lines: string[] = []
  if (expected.status !== actual.status) lines.push(`status: ${expected.status} → ${actual.status}`)
  if (expected.contentType !== actual.contentType) {
    lines.push(
      `Content-Type: ${JSON.stringify(expected.contentType)} → ${JSON.stringify(actual.contentType)}`,
    )
  }
  if (expected.location !== actual.location) {
    lines.push(`Location: ${JSON.stringify(expected.location)} → ${JSON.stringify(actual.location)}`)
  }
  if (expected.body !== actual.body) {
    const at = firstDifference(expected.body, actual.body)
    lines.push(`body differs at character ${at}:`)
    lines.push(`  ${expectedLabel}: …${excerpt(expected.body, at)}…`)
    lines.push(`  ${actualLabel}: …${excerpt(actual.body, at)}…`)
  }
  return lines
}

function summary(answer: Answer): string {
  return answer.kind === 'response'
    ? `${answer.status} ${answer.body.slice(0, CONTEXT * 2)}`
    : `(${answer.kind})`
}

function firstDifference(a: string, b: string): number {
  let index = 0
  while (index < a.length && index < b.length && a[index] === b[index]) index++
  return index
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - CONTEXT), at + CONTEXT)
}
