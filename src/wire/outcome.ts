/**
 * What a face does with the connection after the fake has answered: faults are data, carried out
 * by each face in its own way, so CORS, the journal and the faults compose in any order.
 * - `answer`: write the response.
 * - `truncate`: write the status and headers (announcing the whole length) and the first `sent`
 *   bytes of the body, then cut the connection.
 * - `drop`: cut the connection without writing anything (the real server's panic).
 * A malformed body is an `answer`: it is well framed, only its bytes are broken.
 */
export type Outcome =
  | { readonly kind: 'answer'; readonly response: Response }
  | { readonly kind: 'truncate'; readonly response: Response; readonly sent: Uint8Array }
  | { readonly kind: 'drop' }

export const DROP: Outcome = Object.freeze({ kind: 'drop' })

export function toAnswer(response: Response): Outcome {
  return { kind: 'answer', response }
}

/** The same outcome with another response (for CORS and other header changes); a drop stays a drop. */
export function withResponse(outcome: Outcome, change: (response: Response) => Response): Outcome {
  if (outcome.kind === 'drop') return outcome
  return { ...outcome, response: change(outcome.response) }
}

/**
 * The outcome as a Fetch `Response`, for faces that hand responses to a client library (in-process,
 * MSW): a drop is `Response.error()`, a truncation a body that fails after its first bytes.
 */
export function toFetchResponse(outcome: Outcome): Response {
  if (outcome.kind === 'answer') return outcome.response
  if (outcome.kind === 'drop') return Response.error()
  const { sent, response } = outcome
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(sent)
    },
    pull(controller) {
      controller.error(new Error('yr-meta-mock: the body was cut short by a scenario rule'))
    },
  })
  return new Response(body, { status: response.status, headers: response.headers })
}
