import type { SendUpstream } from '../proxy/upstream.js'
import type { Logger } from '../support/logger.js'

/**
 * `--proxy`'s sender, saying when the upstream stops answering (the fake then answers 502
 * `failed to access meta service`, as the frontend does) and when it answers again: one line
 * each way, not one per request, so a dead upstream under load does not flood the log.
 */
export function toLoggedSend(
  send: SendUpstream,
  upstream: string,
  log: Pick<Logger, 'warn' | 'info'>,
): SendUpstream {
  let failed = 0
  return async (url, init) => {
    let response: Response
    try {
      response = await send(url, init)
    } catch (error) {
      if (failed++ === 0)
        log.warn(
          `proxy: cannot reach ${upstream} (${toReason(error)}) for ${init.method} ${url}: answering ` +
            '502 {"message":"failed to access meta service"} until it answers again',
        )
      throw error
    }
    if (failed > 0)
      log.info(`proxy: ${upstream} answers again (${failed} requests were answered 502 meanwhile)`)
    failed = 0
    return response
  }
}

function toReason(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown }
  return typeof code === 'string' ? code : String(message ?? error)
}
