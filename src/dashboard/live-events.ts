import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { DashboardEvent, DashboardSource } from './dashboard-source.js'

/** Changes are sent at most this often: a load test must not flood the page with reloads. */
const COALESCE_MS = 250
/** A comment this often keeps proxies and idle timers from closing a quiet stream. */
const HEARTBEAT_MS = 15_000

/**
 * Server-sent events: `data: {"kinds":[…]}` for what changed since the last event. The page reloads
 * the views that show those kinds; the events carry no data, so they leak nothing and stay small.
 */
export function streamChanges(c: Context, source: DashboardSource): Response {
  return streamSSE(c, async (stream) => {
    const pending = new Set<DashboardEvent['kind']>()
    let timer: ReturnType<typeof setTimeout> | undefined
    const flush = () => {
      timer = undefined
      const kinds = [...pending]
      pending.clear()
      stream.writeSSE({ event: 'change', data: JSON.stringify({ kinds }) }).catch(() => undefined)
    }
    const unsubscribe = source.subscribe((event) => {
      pending.add(event.kind)
      timer ??= setTimeout(flush, COALESCE_MS)
    })
    const closed = new Promise<void>((resolve) => {
      stream.onAbort(resolve)
      c.req.raw.signal.addEventListener('abort', () => resolve(), { once: true })
    })
    try {
      await stream.writeSSE({ event: 'hello', data: JSON.stringify({ kinds: [] }) })
      while (!stream.aborted && !stream.closed) {
        const beat = await Promise.race([closed.then(() => false), sleep(HEARTBEAT_MS).then(() => true)])
        if (!beat) break
        await stream.write(': heartbeat\n\n')
      }
    } finally {
      clearTimeout(timer)
      unsubscribe()
    }
  })
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}
