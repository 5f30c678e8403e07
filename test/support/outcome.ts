/** What a client sees of one exchange: a response, or a connection dropped without one. */
export type Outcome =
  | {
      readonly kind: 'response'
      readonly status: number
      /** null when the header is absent; '' when present but empty. */
      readonly contentType: string | null
      readonly location: string | null
      readonly body: string
      /** `Access-Control-Allow-Origin`, only when the answer has it. */
      readonly allowOrigin?: string
    }
  | { readonly kind: 'dropped' }
  /** Headers arrived, then the connection was cut before the whole body. */
  | { readonly kind: 'truncated'; readonly status: number; readonly allowOrigin?: string }

/** Reads a response into an outcome; `Response.error()` counts as a dropped connection. */
export async function toOutcome(response: Response): Promise<Outcome> {
  if (response.type === 'error') return { kind: 'dropped' }
  const origin = response.headers.get('access-control-allow-origin')
  const cors = origin === null ? {} : { allowOrigin: origin }
  let body: string
  try {
    body = await response.text()
  } catch {
    return { kind: 'truncated', status: response.status, ...cors }
  }
  return {
    kind: 'response',
    status: response.status,
    contentType: response.headers.get('content-type'),
    location: response.headers.get('location'),
    body,
    ...cors,
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
