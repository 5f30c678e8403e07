import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createMetaService } from '../../src/index.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** Where the code under test calls the fake: the README's Vitest example's origin. */
export const BASE = 'http://127.0.0.1:31182'

/** The requests each test file makes, and the fake's answers to them (the hand-written side sends those). */
export const CALLS = [
  { method: 'GET', path: '/serverless/v1/functions/0@faaspy@hello2/versions', check: 'pageInfo.total' },
  { method: 'GET', path: '/serverless/v1/functions?name=hello2', check: 'result.total' },
  {
    method: 'POST',
    path: '/serverless/v1/functions',
    body: '{"name":"0@svc@suite","runtime":"python3.9","cpu":500,"memory":256,"timeout":30}',
    check: 'code',
  },
] as const

export interface Answered {
  readonly call: (typeof CALLS)[number]
  readonly json: unknown
  readonly checked: unknown
}

/** The fake's answers to `CALLS` at seed 1, each on fresh data (as every test of a file gets). */
export async function answerCalls(): Promise<Answered[]> {
  const service = createMetaService({ seed: 1 })
  await service.ready
  const answered: Answered[] = []
  for (const call of CALLS) {
    const body = 'body' in call ? call.body : undefined
    const response = await service.app.request(call.path, { method: call.method, body })
    const json = await response.json()
    const checked = call.check.split('.').reduce<unknown>((value, key) => (value as never)[key], json)
    answered.push({ call, json, checked })
    await service.reset()
  }
  return answered
}

/** The two projects of a suite-cost case: the fake through `useMetaMockMsw`, and hand-written MSW handlers. */
export interface SuiteProjects {
  readonly fake: string
  readonly hand: string
  /** One script per side that sets up in a plain Node process and prints ms from start to its first answers. */
  readonly fakeSetup: string
  readonly handSetup: string
}

/** Writes both projects (`files` test files each) under `dir`; node_modules is the repository's. */
export async function writeSuiteProjects(
  dir: string,
  files: number,
  answered: readonly Answered[],
): Promise<SuiteProjects> {
  const projects = { fake: join(dir, 'suite-fake'), hand: join(dir, 'suite-hand') }
  for (const [side, project] of Object.entries(projects)) {
    installDependencies(project)
    const text = side === 'fake' ? fakeTestFile(answered) : handTestFile(answered)
    for (let n = 0; n < files; n++) writeFileSync(join(project, `file-${n}.test.mjs`), text)
  }
  const fakeSetup = join(projects.fake, 'setup-once.mjs')
  const handSetup = join(projects.hand, 'setup-once.mjs')
  writeFileSync(fakeSetup, fakeSetupScript())
  writeFileSync(handSetup, handSetupScript(answered))
  return { ...projects, fakeSetup, handSetup }
}

/**
 * The project's node_modules as a consumer's: the repository's packages (linked), and yr-meta-mock
 * itself copied in as an installed package, so Vitest loads it as it would from npm (externalized,
 * not transformed) and the setup scripts import it by name.
 */
export function installDependencies(project: string): void {
  const modules = join(project, 'node_modules')
  mkdirSync(modules, { recursive: true })
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '.bin' && entry !== '.package-lock.json')
      symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry))
  }
  const own = join(modules, 'yr-meta-mock')
  cpSync(join(ROOT, 'dist'), join(own, 'dist'), { recursive: true })
  cpSync(join(ROOT, 'package.json'), join(own, 'package.json'))
}

function fetchLine(call: Answered['call']): string {
  const init = 'body' in call ? `, { method: 'POST', body: ${JSON.stringify(call.body)} }` : ''
  return `await fetch('${BASE}${call.path}'${init})`
}

export function testLines(answered: readonly Answered[], fetchOf = fetchLine): string {
  return answered
    .map(
      ({ call, checked }, index) => `
it('answers call ${index}', async () => {
  const response = ${fetchOf(call)}
  expect((await response.json()).${call.check}).toEqual(${JSON.stringify(checked)})
})`,
    )
    .join('\n')
}

/** The README's Vitest example: MSW in this file, data reset after each test. */
function fakeTestFile(answered: readonly Answered[]): string {
  return `import { expect, it } from 'vitest'
import { useMetaMockMsw } from 'yr-meta-mock/vitest'

useMetaMockMsw({ seed: 1 })
${testLines(answered)}
`
}

function handlerLines(answered: readonly Answered[]): string {
  return answered
    .map(({ call, json }) => {
      const path = call.path.split('?')[0]
      return `  http.${call.method.toLowerCase()}('${BASE}${path}', () => HttpResponse.json(${JSON.stringify(json)})),`
    })
    .join('\n')
}

function handTestFile(answered: readonly Answered[]): string {
  return `import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'

const server = setupServer(
${handlerLines(answered)}
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())
${testLines(answered)}
`
}

/** Import, build, MSW handlers, first answers: the README's MSW example, timed from process start. */
function fakeSetupScript(): string {
  return `import { setupServer } from 'msw/node'
import { createMetaService } from 'yr-meta-mock'
import { createHandlers } from 'yr-meta-mock/msw'

const server = setupServer(...createHandlers(createMetaService({ seed: 1 }), { baseUrl: '${BASE}' }))
server.listen({ onUnhandledRequest: 'error' })
${CALLS.map((call) => `await (${fetchLine(call)}).json()`).join('\n')}
process.stdout.write(String(performance.now()))
server.close()
`
}

function handSetupScript(answered: readonly Answered[]): string {
  return `import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'

const server = setupServer(
${handlerLines(answered)}
)
server.listen({ onUnhandledRequest: 'error' })
${CALLS.map((call) => `await (${fetchLine(call)}).json()`).join('\n')}
process.stdout.write(String(performance.now()))
server.close()
`
}
