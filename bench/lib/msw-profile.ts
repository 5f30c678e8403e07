import { Session } from 'node:inspector/promises'
import { fileURLToPath } from 'node:url'
import type { RequestHandler } from 'msw'
import { createMetaService } from '../../src/index.js'
import { createHandlers } from '../../src/msw/index.js'
import {
  type Categorize,
  type CpuProfile,
  categorizeRuntime,
  packageOf,
  toProfileBreakdown,
} from './cpu-profile.js'
import { type FullPage, findFullPage, fullPageBytes } from './full-page.js'
import { handWrittenHandlers, MSW_BASE, withMswServer } from './msw-sides.js'
import type { ProfiledRun } from './profile-load.js'
import { toProfileMarkdown } from './profile-report.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** Finer than `--cpu-prof`'s 1 ms: a request through MSW takes a few hundred µs (finer costs more). */
const SAMPLING_US = 250
const WARM_UP = 200

/**
 * Where a full page through MSW goes (goal 4 asks ≤ 1.2× a hand-written handler): this process's
 * `fetch`, intercepted by MSW, answered by the fake's handlers or by one hand-written handler with the
 * same bytes, as bench/cases/in-process.ts measures it; each side profiled in-process with
 * `node:inspector` (the fake's source files run through tsx, so its frames are src/*.ts).
 */
export async function profileMsw(requests: number): Promise<string> {
  const page = await findFullPage()
  const service = createMetaService()
  await service.ready
  const sides = {
    fake: createHandlers(service, { baseUrl: MSW_BASE }),
    hand: handWrittenHandlers(await fullPageBytes(page)),
  }
  // Both warmed before either is profiled: the code they share (undici, MSW) is as hot for the first.
  for (const handlers of Object.values(sides)) await withMswServer(handlers, () => fetchPages(page, WARM_UP))
  const fake = await profileFetches(sides.fake, page, requests)
  const hand = await profileFetches(sides.hand, page, requests)
  return toProfileMarkdown(fake, hand, {
    what: `${requests} sequential \`fetch\`es of the full page through MSW, in-process`,
    base: 'the hand-written MSW handler',
    column: 'hand-written',
  })
}

/** `requests` sequential fetches of the page through `handlers`, profiled. */
function profileFetches(
  handlers: readonly RequestHandler[],
  page: FullPage,
  requests: number,
): Promise<ProfiledRun> {
  return withMswServer(handlers, () => profileInProcess(requests, () => fetchPages(page, requests)))
}

/**
 * Profiles `run` (which makes `requests` requests in this process) with V8's sampling profiler: the
 * breakdown by `categorizeInProcess`, and the CPU time, which in-process is the caller's and the
 * fake's together.
 */
export async function profileInProcess(requests: number, run: () => Promise<void>): Promise<ProfiledRun> {
  const session = new Session()
  session.connect()
  try {
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_US })
    await session.post('Profiler.start')
    const from = monotonicUs()
    const cpuBefore = process.cpuUsage()
    await run()
    const cpu = process.cpuUsage(cpuBefore)
    const to = monotonicUs()
    const { profile } = await session.post('Profiler.stop')
    const breakdown = toProfileBreakdown(profile as CpuProfile, categorizeInProcess, [from, to])
    const cpuUsPerRequest = (cpu.user + cpu.system) / requests
    return { breakdown, requests, rps: requests / ((to - from) / 1e6), cpuUsPerRequest }
  } finally {
    session.disconnect()
  }
}

/** `count` sequential fetches of the page, each body read whole. */
async function fetchPages(page: FullPage, count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const response = await fetch(`${MSW_BASE}${page.path}`, { headers: page.headers })
    if (response.status !== 200) throw new Error(`MSW answered ${response.status}`)
    await response.arrayBuffer()
  }
}

/** Node's internals a fetch through MSW spends most in, apart from the rest of node's internals. */
const NODE_PARTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^node:internal\/deps\/undici\//, 'node: undici (fetch, Request, Response)'],
  [/^node:internal\/webstreams\//, 'node: web streams'],
  [/^node:internal\/(abort_controller|event_target)$/, 'node: AbortSignal and EventTarget'],
  [/^node:internal\/worker\/js_transferable$/, 'node: worker/js_transferable'],
  [/^node:internal\/per_context\/domexception$/, 'node: DOMException'],
  [/^node:(internal\/)?buffer$/, 'node: buffer'],
]

/** This process's frames: node's parts above, the fake's src by file, packages by name. */
export const categorizeInProcess: Categorize = (url, _line, name) => {
  const part = NODE_PARTS.find(([pattern]) => pattern.test(url))
  if (part) return part[1]
  const runtime = categorizeRuntime(url, name)
  if (runtime) return runtime
  const path = url.startsWith('file://') ? fileURLToPath(url) : url
  if (path.startsWith(`${ROOT}src/`)) return `yr-meta-mock: ${path.slice(ROOT.length)}`
  if (path.startsWith(`${ROOT}bench/`)) return 'the benchmark: its loop and the hand-written handler'
  return packageOf(path) ?? `other: ${url}`
}

/** Now in µs on the monotonic clock V8's profiler stamps samples with. */
function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n)
}
