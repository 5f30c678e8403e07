import type { serve } from '@hono/node-server'

type NodeServer = ReturnType<typeof serve>

/** How long requests in flight may take to finish once a stop is asked for. */
export const DEFAULT_GRACE_MS = 2000
/** How often keep-alive connections that went idle are closed while draining. */
const SWEEP_MS = 25

/** How a server stops: what it may wait for, and where it says what it does. */
export interface StopOptions {
  /** Requests in flight get this long to finish; then every connection is closed. */
  readonly graceMs?: number
  /** Where the stop is described (the CLI passes stderr); silent when absent. */
  readonly report?: (line: string) => void
}

/** Stops a server without cutting the requests it is answering. */
export interface GracefulStop {
  /** Requests received and not yet answered in full. */
  readonly inFlight: number
  /**
   * Stops accepting connections, closes idle ones, lets requests in flight finish (bounded by
   * `graceMs`), then closes what is left. Calling it again returns the same stop.
   */
  stop(options?: StopOptions): Promise<void>
}

/** Counts requests in flight on `server` so that a stop can wait for them. */
export function trackForGracefulStop(server: NodeServer): GracefulStop {
  let inFlight = 0
  // One listener for every response (not a closure and a `once` wrapper per request): a response
  // closes once.
  const answered = () => {
    inFlight--
  }
  server.on('request', (_request: unknown, response: NodeJS.EventEmitter) => {
    inFlight++
    response.on('close', answered)
  })
  let stopping: Promise<void> | undefined
  return {
    get inFlight() {
      return inFlight
    },
    stop(options = {}) {
      stopping ??= drainAndClose(server, () => inFlight, options)
      return stopping
    },
  }
}

function drainAndClose(server: NodeServer, inFlight: () => number, options: StopOptions): Promise<void> {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS
  const report = options.report ?? (() => {})
  const closeIdle = () => {
    if ('closeIdleConnections' in server) server.closeIdleConnections()
  }
  return new Promise((resolve, reject) => {
    if (inFlight() > 0)
      report(`waiting up to ${graceMs} ms for ${inFlight()} request(s) in flight; no new connections`)
    // A keep-alive connection goes idle once its answer is written; close it then, not at the deadline.
    const sweep = setInterval(closeIdle, SWEEP_MS)
    const deadline = setTimeout(() => {
      if (inFlight() > 0) report(`${inFlight()} request(s) still in flight after ${graceMs} ms: closing them`)
      if ('closeAllConnections' in server) server.closeAllConnections()
    }, graceMs)
    server.close((error) => {
      clearInterval(sweep)
      clearTimeout(deadline)
      const notRunning = (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_SERVER_NOT_RUNNING'
      if (error && !notRunning) reject(error)
      else resolve()
    })
    closeIdle()
  })
}
