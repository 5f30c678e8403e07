import type { Context } from 'hono'
import { type SSEStreamingApi, streamSSE } from 'hono/streaming'
import type { DashboardEvent, DashboardSource } from './dashboard-source.js'

/** Changes are sent at most this often: a load test must not flood the page with reloads. */
const COALESCE_MS = 250
/** A comment this often keeps proxies and idle timers from closing a quiet stream. */
const HEARTBEAT_MS = 15_000
/** Streams open at once, per fake: each holds a listener and a connection. */
export const MAX_LIVE_STREAMS = 16

/**
 * Server-sent events: `data: {"kinds":[…]}` for what changed since the last event. The page reloads
 * the views that show those kinds; the events carry no data, so they leak nothing and stay small.
 * Bounded: at most `MAX_LIVE_STREAMS` streams, and in each at most one write waiting for the client
 * (changes meanwhile are merged into the next); a client that has not read for a heartbeat's time
 * is closed.
 */
export function createLiveEvents(source: DashboardSource): (c: Context) => Response {
  let open = 0
  return (c) => {
    if (open >= MAX_LIVE_STREAMS)
      return c.json(
        {
          error:
            `${MAX_LIVE_STREAMS} live-event streams are open, the most served at once (MAX_LIVE_STREAMS); ` +
            'close a dashboard tab, or reload without live updates',
          limit: MAX_LIVE_STREAMS,
        },
        503,
      )
    open++
    return streamSSE(c, async (stream) => {
      try {
        await streamChanges(c, stream, source)
      } finally {
        open--
      }
    })
  }
}

async function streamChanges(c: Context, stream: SSEStreamingApi, source: DashboardSource): Promise<void> {
  const pending = new Set<DashboardEvent['kind']>()
  let timer: ReturnType<typeof setTimeout> | undefined
  /** Whether a write waits for the client: then nothing more is written, changes are merged. */
  let writing = false
  const send = (write: Promise<unknown>) => {
    writing = true
    write
      .catch(() => undefined)
      .finally(() => {
        writing = false
        if (pending.size > 0) timer ??= setTimeout(flush, COALESCE_MS)
      })
  }
  const flush = () => {
    timer = undefined
    if (writing) return
    const kinds = [...pending]
    pending.clear()
    send(stream.writeSSE({ event: 'change', data: JSON.stringify({ kinds }) }))
  }
  const unsubscribe = source.subscribe((event) => {
    pending.add(event.kind)
    if (!writing) timer ??= setTimeout(flush, COALESCE_MS)
  })
  // One heartbeat timer at a time, cleared when the stream ends: a timer left to run out held the
  // closed stream (its context, request and buffers, ~15 kB) for up to 15 s, 2,000 closed streams ~30 MiB.
  let heartbeat: ReturnType<typeof setTimeout> | undefined
  const nextBeat = () =>
    new Promise<boolean>((resolve) => {
      heartbeat = setTimeout(() => resolve(true), HEARTBEAT_MS)
      heartbeat.unref?.()
    })
  const closed = new Promise<void>((resolve) => {
    stream.onAbort(resolve)
    c.req.raw.signal.addEventListener('abort', () => resolve(), { once: true })
  })
  try {
    await stream.writeSSE({ event: 'hello', data: JSON.stringify({ kinds: [] }) })
    while (!stream.aborted && !stream.closed) {
      const beat = await Promise.race([closed.then(() => false), nextBeat()])
      // A change still unread after a heartbeat's time: the client stopped reading.
      if (!beat || writing) break
      send(stream.write(': heartbeat\n\n'))
    }
  } finally {
    clearTimeout(timer)
    clearTimeout(heartbeat)
    unsubscribe()
    if (!stream.closed) stream.abort()
  }
}
