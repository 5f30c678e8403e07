import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { spawnCli, waitForUrl } from '../support/cli-process.js'
import { runSoak } from './soak-runner.js'

// CI runs a short soak; `npm run soak` runs a million requests (SOAK_REQUESTS) and prints the figures.
const TOTAL = Number(process.env.SOAK_REQUESTS ?? 20_000)

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

describe('a soak of mixed requests across sessions', () => {
  it(`answers ${TOTAL.toLocaleString('en')} requests well formed, with memory flat after warm-up`, async () => {
    const cli = spawnCli(['--port', '0', '--log-level', 'error'])
    try {
      const url = await waitForUrl(cli)
      const pid = cli.child.pid as number
      const result = await runSoak({
        url,
        total: TOTAL,
        concurrency: 16,
        sessions: 150,
        rssOf: () => rssMiB(pid),
      })
      console.log(
        `soak: ${result.requests} requests in ${result.seconds.toFixed(1)} s (${(result.requests / result.seconds).toFixed(0)}/s), ` +
          `${result.drops} scripted drops, RSS MiB ${result.rssMiB.map((r) => r.toFixed(0)).join(' → ')}`,
      )
      expect(result.problems).toEqual([])
      expect(result.drops).toBeGreaterThan(0)
      const afterWarmUp = Math.max(...result.rssMiB.slice(2, 4))
      expect(result.rssMiB.at(-1) as number).toBeLessThanOrEqual(afterWarmUp * 1.35)
      const health = (await (await fetch(`${url}/__admin/sessions`)).json()) as {
        sessions: Array<{ requests: number }>
      }
      expect(health.sessions.length).toBeLessThanOrEqual(101)
      expect(Math.max(...health.sessions.map((s) => s.requests))).toBeLessThanOrEqual(1000)
    } finally {
      cli.child.kill('SIGTERM')
      await cli.exited
    }
  }, 900_000)
})
