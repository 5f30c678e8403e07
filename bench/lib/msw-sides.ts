import { HttpResponse, http, type RequestHandler } from 'msw'
import { setupServer } from 'msw/node'

/** The origin MSW answers for in-process runs (never resolved: MSW intercepts every fetch to it). */
export const MSW_BASE = 'http://meta.bench.test'
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }

/** The baseline of goal 4: one hand-written MSW handler sending the page's bytes. */
export function handWrittenHandlers(bytes: Uint8Array): RequestHandler[] {
  return [
    http.get(
      `${MSW_BASE}/serverless/v1/functions/:name/versions`,
      () => new HttpResponse(bytes, { headers: JSON_TYPE }),
    ),
  ]
}

/** Runs `run` with MSW intercepting this process's fetch with `handlers` (anything else is an error). */
export async function withMswServer<T>(
  handlers: readonly RequestHandler[],
  run: () => Promise<T>,
): Promise<T> {
  const server = setupServer(...handlers)
  server.listen({ onUnhandledRequest: 'error' })
  try {
    return await run()
  } finally {
    server.close()
  }
}
