import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CliProcess, spawnCli, waitForReady } from '../support/cli-process.js'
import { CHUNK_CASES, FRAMING_CASES, PIPELINE_CASES } from './malformed-framing.js'
import { HEADER_CASES, REQUEST_LINE_CASES } from './malformed-lines.js'
import { probe } from './raw-probe.js'

// Issue 23: a standing corpus of malformed HTTP sent as raw bytes to the built CLI on 127.0.0.1.
// Nothing may crash it (the process lives, /healthz answers 200 after every case), freeze it (every
// probe gets an answer or a close within PROBE_BOUND_MS), or make it print a stack trace (what a
// client sends is not a bug in the fake). Request smuggling must not get a hidden request answered.

/** Long enough for a loaded machine; a server that waits for more bytes waits far longer (60 s). */
const PROBE_BOUND_MS = 5_000
/** Slow clients held open at once: bounded, as a test on a shared machine must be. */
const SLOW_CLIENTS = 64
const SLOW_ROUNDS = 15
const TRICKLE_MS = 100

const MALFORMED_CASES = [
  ...REQUEST_LINE_CASES,
  ...HEADER_CASES,
  ...FRAMING_CASES,
  ...CHUNK_CASES,
  ...PIPELINE_CASES,
]

let cli: CliProcess
let port: number

beforeAll(async () => {
  cli = spawnCli(['--port', '0', '--log-level', 'warn', '--functions', '1'])
  port = (await waitForReady(cli)).port
})

afterAll(async () => {
  if (cli.child.exitCode === null && cli.child.pid !== undefined) process.kill(cli.child.pid, 'SIGTERM')
  await cli.exited
})

/** /healthz over a fresh connection, within the bound (a hang is a failure, not a wait). */
async function healthz(): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`, {
    signal: AbortSignal.timeout(PROBE_BOUND_MS),
  })
  await response.arrayBuffer()
  return response.status
}

function expectAlive(): void {
  expect(cli.child.exitCode, `the CLI exited: ${cli.stderr()}`).toBeNull()
}

describe('malformed requests to the CLI', () => {
  it('has about a hundred cases', () => {
    expect(MALFORMED_CASES.length).toBeGreaterThanOrEqual(100)
    expect(new Set(MALFORMED_CASES.map((c) => c.name)).size).toBe(MALFORMED_CASES.length)
  })

  it.each(MALFORMED_CASES.map((c) => [c.name, c] as const))(
    '%s: answered or closed, still serving',
    async (_, c) => {
      const result = await probe(port, {
        send: c.send,
        fin: c.fin,
        answers: c.answers,
        boundMs: PROBE_BOUND_MS,
      })
      expect(result.hung, `no answer and no close within ${PROBE_BOUND_MS} ms`).toBe(false)
      if (c.statuses) expect(result.statuses).toEqual(c.statuses)
      for (const status of c.never ?? []) expect(result.statuses).not.toContain(status)
      expectAlive()
      expect(await healthz()).toBe(200)
    },
  )

  it('printed no stack trace for any of them', () => {
    expect(cli.stderr()).not.toMatch(/\n\s+at /)
  })
})

/** A connection that sends a request head a byte at a time and never finishes it. */
function openSlowClient(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n')
      resolve(socket)
    })
    socket.on('error', reject)
  })
}

describe('slow clients (slowloris)', () => {
  it(`keeps answering /healthz while ${SLOW_CLIENTS} clients trickle their headers`, async () => {
    const slow = await Promise.all(Array.from({ length: SLOW_CLIENTS }, openSlowClient))
    const closedEarly = slow.map(() => false)
    slow.forEach((socket, index) => {
      socket.on('close', () => {
        closedEarly[index] = true
      })
      socket.on('error', () => undefined)
    })
    try {
      for (let round = 0; round < SLOW_ROUNDS; round++) {
        for (const socket of slow) if (!socket.destroyed) socket.write(`X-${round}: ${'a'.repeat(round)}\r\n`)
        expect(await healthz()).toBe(200)
        await new Promise((resolve) => setTimeout(resolve, TRICKLE_MS))
      }
      // The slow ones are merely slow, not refused: finished now, each gets its answer.
      const answers = await Promise.all(slow.map((socket) => finishAndRead(socket)))
      expect(answers.filter((status) => status === 200).length).toBe(closedEarly.filter((c) => !c).length)
    } finally {
      for (const socket of slow) socket.destroy()
    }
    expectAlive()
    expect(await healthz()).toBe(200)
  })

  it('keeps answering while clients trickle a body they announced', async () => {
    const slow = await Promise.all(
      Array.from({ length: SLOW_CLIENTS }, async () => {
        const socket = await openSlowClient()
        socket.on('error', () => undefined)
        socket.write('Content-Length: 1000\r\n\r\n')
        return socket
      }),
    )
    try {
      for (let round = 0; round < SLOW_ROUNDS; round++) {
        for (const socket of slow) if (!socket.destroyed) socket.write('x')
        expect(await healthz()).toBe(200)
        await new Promise((resolve) => setTimeout(resolve, TRICKLE_MS))
      }
    } finally {
      for (const socket of slow) socket.destroy()
    }
    expectAlive()
    expect(await healthz()).toBe(200)
  })
})

/** Ends a slow request's head and reads its status (0 when the connection closes without one). */
function finishAndRead(socket: Socket): Promise<number> {
  if (socket.destroyed) return Promise.resolve(0)
  return new Promise((resolve) => {
    let received = ''
    const timer = setTimeout(() => resolve(0), PROBE_BOUND_MS)
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(0)
    })
    socket.write('\r\n')
  })
}
