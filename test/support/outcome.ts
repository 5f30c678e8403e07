/** What a client sees of one exchange: a response, or a connection dropped without one. */
export type Outcome =
  | {
      readonly kind: 'response'
      readonly status: number
      /** null when the header is absent; '' when present but empty. */
      readonly contentType: string | null
      readonly location: string | null
      readonly body: string
    }
  | { readonly kind: 'dropped' }
  /** Headers arrived, then the connection was cut before the whole body. */
  | { readonly kind: 'truncated'; readonly status: number }

/** Reads a response into an outcome; `Response.error()` counts as a dropped connection. */
export async function toOutcome(response: Response): Promise<Outcome> {
  if (response.type === 'error') return { kind: 'dropped' }
  let body: string
  try {
    body = await response.text()
  } catch {
    return { kind: 'truncated', status: response.status }
  }
  return {
    kind: 'response',
    status: response.status,
    contentType: response.headers.get('content-type'),
    location: response.headers.get('location'),
    body,
  }
}

/** The outcome of a `fetch` that may fail at the network level (Node and MSW faces). */
export async function fetchOutcome(url: string, init?: RequestInit): Promise<Outcome> {
  let response: Response
  try {
    response = await fetch(url, { redirect: 'manual', ...init })
  } catch (error) {
    if (error instanceof TypeError) return { kind: 'dropped' }
    throw error
  }
  return toOutcome(response)
}

/** The JSON body of a response outcome; fails the test on anything else. */
export function toJson(outcome: Outcome): unknown {
  if (outcome.kind !== 'response') throw new Error('expected a response, the connection was dropped')
  return JSON.parse(outcome.body)
}
