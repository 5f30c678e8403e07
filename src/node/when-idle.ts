import { type EventLoopUtilization, performance } from 'node:perf_hooks'

/** How to tell that no client is at work, and how to wait for it. */
export interface IdleWindow {
  /** How long the event loop is watched before a step may run. */
  readonly windowMs: number
  /**
   * Time the loop may spend on other work within a window that still counts as idle: a timer's own
   * callback costs a few hundredths of a millisecond, one request's answer far more.
   */
  readonly busyMs: number
  /** Windows watched before giving up: a server kept busy must not keep a timer going for ever. */
  readonly maxWindows: number
}

/**
 * 20 ms: a client at work (a test suite, a poller every 5 ms) keeps every window busy. Given up after
 * a minute of busy windows: by then a client has built what it used on first use.
 */
export const DEFAULT_IDLE_WINDOW: IdleWindow = { windowMs: 20, busyMs: 1, maxWindows: 3000 }

/**
 * Runs `steps` one at a time, each only after the event loop has spent a whole window on nothing else
 * (its utilization, not a count of requests: any work a client causes counts). A client that sends
 * one request after another is never made to wait for a step; one that pauses waits for one step at
 * most. Steps that find no window within `maxWindows` never run: what they build is built on first use.
 * The timers are unref'd, so they keep no process alive.
 */
export function runWhenIdle(
  steps: ReadonlyArray<() => unknown>,
  window: IdleWindow = DEFAULT_IDLE_WINDOW,
): void {
  let next = 0
  let windows = 0
  let since: EventLoopUtilization = performance.eventLoopUtilization()
  const check = () => {
    const now = performance.eventLoopUtilization()
    if (performance.eventLoopUtilization(now, since).active < window.busyMs) {
      steps[next]?.()
      next += 1
    }
    // Measured from here: a step's own work is not a client's.
    since = performance.eventLoopUtilization()
    windows += 1
    if (next < steps.length && windows < window.maxWindows) setTimeout(check, window.windowMs).unref()
  }
  if (steps.length > 0) setTimeout(check, window.windowMs).unref()
}
