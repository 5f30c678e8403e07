import { Hono } from 'hono'
import { createMetaService, type MetaService } from '../../src/index.js'
import { toShapes } from '../cases/big-bodies.js'
import { profileInProcess } from './msw-profile.js'
import type { ProfiledRun } from './profile-load.js'
import { toProfileMarkdown } from './profile-report.js'

const PATH = '/serverless/v1/functions'
const HEADERS = { 'content-type': 'application/json' }
const WARM_UP = 3

interface App {
  request: Hono['request']
}

/**
 * Where a ~1 MiB body's time goes (goal 7): each shape of bench/cases/big-bodies.ts posted `requests`
 * times through `app.request`, the fake against the bare Hono app of that case, each profiled in-process
 * with `node:inspector`; `JSON.parse` of the same bytes is timed in the same process as the yardstick
 * that survives the machine's load.
 */
export async function profileBigBodies(requests: number): Promise<string> {
  const fake = createMetaService()
  await fake.ready
  const bare = new Hono().post('*', async (c) => c.json(JSON.parse(await c.req.text())))
  const parts: string[] = []
  for (const shape of toShapes(false)) {
    const post = (app: App) => app.request(PATH, { method: 'POST', body: shape.body, headers: HEADERS })
    const fakeRun = await profilePosts(
      () => post(fake.app),
      () => fake.reset(),
      requests,
    )
    const bareRun = await profilePosts(
      () => post(bare),
      async () => undefined,
      requests,
    )
    parts.push(
      `#### ${shape.label}\n\n\`JSON.parse\` of the same bytes, this process: ${parseMs(shape.body).toFixed(1)} ms\n\n` +
        toProfileMarkdown(fakeRun, bareRun, {
          what: `${requests} sequential \`app.request\` posts of this body, in-process (the fake's \`reset()\` between them included)`,
          base: 'bare Hono (`JSON.parse` and `c.json`)',
          column: 'bare',
        }),
    )
  }
  return parts.join('\n\n')
}

/** The median ms of 9 `JSON.parse`s of `body`. */
function parseMs(body: string): number {
  const times = Array.from({ length: 9 }, () => {
    const started = performance.now()
    JSON.parse(body)
    return performance.now() - started
  })
  return times.sort((a, b) => a - b)[4] as number
}

/** `requests` posts (after a warm-up), each answer read whole, `after` run between them; profiled. */
async function profilePosts(
  post: () => Response | Promise<Response>,
  after: MetaService['reset'] | (() => Promise<undefined>),
  requests: number,
): Promise<ProfiledRun> {
  const postMany = async (count: number) => {
    for (let n = 0; n < count; n++) {
      await (await post()).arrayBuffer()
      await after()
    }
  }
  await postMany(WARM_UP)
  return profileInProcess(requests, () => postMany(requests))
}
