import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Answered, installDependencies, testLines } from './suite-project.js'

/** The two projects of the server face's suite-cost case: `metaMockGlobalSetup`, and a hand-written server. */
export interface ServerSuiteProjects {
  readonly fake: string
  readonly hand: string
}

/**
 * Writes both projects (`files` test files each) under `dir`. Each has one server for the run,
 * started by a `globalSetup` and provided to the files, which make their requests over HTTP: the
 * fake as docs/vitest.md sets it up (`metaMockGlobalSetup({ seed: 1 })`, `useTestClient()` in each
 * file, a session per file), against a hand-written `node:http` server answering the same JSON.
 */
export function writeServerSuiteProjects(
  dir: string,
  files: number,
  answered: readonly Answered[],
): ServerSuiteProjects {
  const projects = { fake: join(dir, 'server-suite-fake'), hand: join(dir, 'server-suite-hand') }
  for (const [side, project] of Object.entries(projects)) {
    installDependencies(project)
    writeFileSync(join(project, 'vitest.config.mjs'), VITEST_CONFIG)
    writeFileSync(
      join(project, 'global-setup.mjs'),
      side === 'fake' ? FAKE_GLOBAL_SETUP : handGlobalSetup(answered),
    )
    const text = side === 'fake' ? fakeTestFile(answered) : handTestFile(answered)
    for (let n = 0; n < files; n++) writeFileSync(join(project, `file-${n}.test.mjs`), text)
  }
  return projects
}

const VITEST_CONFIG = `import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { globalSetup: ['./global-setup.mjs'] } })
`

const FAKE_GLOBAL_SETUP = `import { metaMockGlobalSetup } from 'yr-meta-mock/vitest'

export default metaMockGlobalSetup({ seed: 1 })
`

/** A \`node:http\` server on a free port that answers each call's path with the fake's JSON. */
function handGlobalSetup(answered: readonly Answered[]): string {
  const answers = Object.fromEntries(
    answered.map(({ call, json }) => [`${call.method} ${call.path.split('?')[0]}`, JSON.stringify(json)]),
  )
  return `import { createServer } from 'node:http'

const ANSWERS = ${JSON.stringify(answers)}

export default async function setup(project) {
  const server = createServer((request, response) => {
    const body = ANSWERS[request.method + ' ' + request.url.split('?')[0]]
    request.resume()
    request.on('end', () => {
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' })
      response.end(body ?? '{}')
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  project.provide('handUrl', 'http://127.0.0.1:' + server.address().port)
  return () => new Promise((resolve) => server.close(resolve))
}
`
}

function clientFetch(call: Answered['call']): string {
  const init = 'body' in call ? `, { method: 'POST', body: ${JSON.stringify(call.body)} }` : ''
  return `await fake.fetch('${call.path}'${init})`
}

/** docs/vitest.md's server setup: a client bound to this file's session. */
function fakeTestFile(answered: readonly Answered[]): string {
  return `import { expect, it } from 'vitest'
import { useTestClient } from 'yr-meta-mock/vitest'

const fake = useTestClient()
${testLines(answered, clientFetch)}
`
}

function handFetch(call: Answered['call']): string {
  const init = 'body' in call ? `, { method: 'POST', body: ${JSON.stringify(call.body)} }` : ''
  return `await fetch(inject('handUrl') + '${call.path}'${init})`
}

function handTestFile(answered: readonly Answered[]): string {
  return `import { expect, inject, it } from 'vitest'
${testLines(answered, handFetch)}
`
}
