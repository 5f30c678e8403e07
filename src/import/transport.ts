/** One answer of the real server, as the importer reads it. */
export interface TransportAnswer {
  readonly status: number
  readonly body: string
}

/**
 * Sends one request to the real server. The Node face's sender carries a GET's body (reserve-instance
 * is listed with one); a fake in-process serves as well in tests.
 */
export type Transport = (
  method: string,
  path: string,
  headers: Readonly<Record<string, string>>,
  body?: string,
) => Promise<TransportAnswer>

/** The real server answered something the importer cannot use; the message says what and where. */
export class ImportError extends Error {
  override readonly name = 'ImportError'
}

/** Sends and parses a JSON answer, failing on anything but a 200. */
export async function getJson(
  send: Transport,
  path: string,
  headers: Readonly<Record<string, string>>,
  body?: string,
): Promise<Record<string, unknown>> {
  const answer = await send('GET', path, headers, body)
  if (answer.status !== 200) {
    throw new ImportError(`GET ${path} answered ${answer.status}: ${answer.body.slice(0, 200)}`)
  }
  try {
    return JSON.parse(answer.body) as Record<string, unknown>
  } catch {
    throw new ImportError(`GET ${path} answered a body that is not JSON: ${answer.body.slice(0, 200)}`)
  }
}

/** Runs `work` on every item, at most `limit` at a time, keeping the results in order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
