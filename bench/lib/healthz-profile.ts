import { profileAgainstBare } from './profile-load.js'
import { toProfileMarkdown } from './profile-report.js'

/**
 * Where a `/healthz` request's time goes, fake against bare Hono (goal 1 asks 0.9× its throughput):
 * /healthz does no work in either, so the difference is what the fake's pipeline costs every request.
 */
export async function profileHealthz(seconds: number): Promise<string> {
  const { fake, bare } = await profileAgainstBare({ path: '/healthz', wrk: {} }, seconds)
  return toProfileMarkdown(fake, bare, {
    what: 'a wrk -t1 -c16 load on `/healthz`',
    base: 'bare Hono',
    column: 'bare',
  })
}
