import { describe, expect, it } from 'vitest'
import { runWhenIdle } from '../../src/node/when-idle.js'

// Issue 25: the schema warm-up after the ready line runs only in the event loop's idle windows, so a
// client's first requests (and the first 200 a starter polls for) never wait behind it.

const WINDOW = { windowMs: 10, busyMs: 1, maxWindows: 1000 }

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Waits (bounded) until `done()` holds. */
async function until(done: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!done() && Date.now() < deadline) await sleep(5)
}

/** Keeps the loop at work, as a client sending one request after another does: 3 ms of every 4. */
function keepBusy(): () => void {
  const timer = setInterval(() => {
    const end = performance.now() + 3
    while (performance.now() < end) {}
  }, 4)
  return () => clearInterval(timer)
}

describe('runWhenIdle', () => {
  it('runs every step, in order, once the loop is idle', async () => {
    const ran: number[] = []
    runWhenIdle(
      [1, 2, 3].map((n) => () => ran.push(n)),
      WINDOW,
    )
    expect(ran).toEqual([])
    await until(() => ran.length === 3)
    expect(ran).toEqual([1, 2, 3])
  })

  it('runs no step while the loop is busy, and carries on once it is idle again', async () => {
    const ran: number[] = []
    const stop = keepBusy()
    runWhenIdle(
      [1, 2].map((n) => () => ran.push(n)),
      WINDOW,
    )
    await sleep(200)
    stop()
    expect(ran).toEqual([])
    await until(() => ran.length === 2)
    expect(ran).toEqual([1, 2])
  })

  it('counts the work of a step as no client at work: the next step still finds its window', async () => {
    const ran: number[] = []
    const slowStep = () => {
      const end = performance.now() + 15
      while (performance.now() < end) {}
      ran.push(1)
    }
    runWhenIdle([slowStep, () => ran.push(2)], WINDOW)
    await until(() => ran.length === 2, 1_000)
    expect(ran).toEqual([1, 2])
  })

  it('gives up after its windows: a server kept busy keeps no timer going for ever', async () => {
    const ran: number[] = []
    const stop = keepBusy()
    runWhenIdle([() => ran.push(1)], { ...WINDOW, maxWindows: 5 })
    await sleep(200)
    stop()
    await sleep(200)
    expect(ran).toEqual([])
  })
})
