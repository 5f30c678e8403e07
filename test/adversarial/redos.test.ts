import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CliProcess, spawnCli, waitForUrl } from '../support/cli-process.js'
import { exitCodeWithin, expectResponsiveDuring } from './responsiveness.js'

// Issue 23, finding 2 (ReDoS) and finding 14 (a json filter nested 5,000 levels): patterns that make a
// backtracking engine run for exponential time, against every filter and rule field, through a real
// server process. While each runs, /healthz must answer within 100 ms; on 036d71f the server froze
// (each case then fails on its bounded deadline).

/** Texts on which a backtracking engine explodes for the patterns below. */
const EVIL = {
  header: `${'a'.repeat(6000)}!`,
  words: `${'word '.repeat(600)}!`,
  query: `${'a'.repeat(2000)}!`,
  path: `/${'a'.repeat(2000)}`,
}
const SIX_STARS = '*a*a*a*a*a*a*b'

const running: CliProcess[] = []
const dirs: string[] = []

function start(args: string[]): CliProcess {
  const cli = spawnCli(['--port', '0', '--functions', '0', '--log-level', 'error', ...args])
  running.push(cli)
  return cli
}

afterAll(() => {
  // A frozen server (the old code) ignores SIGTERM: stop each one started here by its pid, for good.
  for (const cli of running.splice(0)) if (cli.child.exitCode === null) cli.child.kill('SIGKILL')
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function fixtureDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-redos-'))
  dirs.push(dir)
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(content))
  return dir
}

/** A request carrying every evil text at once: a path, a query value and two headers. */
function sendEvil(url: string, session: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${url}${EVIL.path}?q=${EVIL.query}`, {
    headers: { 'x-mock-session': session, 'x-evil': EVIL.header, 'x-words': EVIL.words },
    ...(signal ? { signal } : {}),
  })
}

describe('journal filters against ReDoS patterns', () => {
  let url: string
  const session = 'evil-journal'
  const admin = (path: string, body?: unknown, signal?: AbortSignal) =>
    fetch(`${url}/__admin${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', 'x-mock-session': session },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    })

  beforeAll(async () => {
    url = await waitForUrl(start([]))
    // A journal worth searching: 60 requests of ~13 KiB of evil text each.
    for (let batch = 0; batch < 6; batch++)
      await Promise.all(Array.from({ length: 10 }, () => sendEvil(url, session).then((r) => r.text())))
  })

  it.each([
    ['a nested quantifier on a header', { headers: { 'x-evil': { matches: '^(a+)+$' } } }],
    ['an overlapping alternation on a header', { headers: { 'x-evil': { matches: '^(a|a)*$' } } }],
    ['words and optional spaces on a header', { headers: { 'x-words': { matches: '^(\\w+\\s?)+$' } } }],
    ['an overlapping alternation on a query value', { query: { q: { matches: '^(a|aa)+$' } } }],
    ['optional repeats before required ones', { query: { q: { matches: '^(?:a?){25}a{25}$' } } }],
    ['a path glob of six stars', { path: SIX_STARS }],
    ['every field at once', { path: SIX_STARS, headers: { 'x-evil': { matches: '(.*a){12}$' } } }],
  ])('counts with %s while /healthz answers', async (_name, filter) => {
    const count = await expectResponsiveDuring(url, async (signal) => {
      const response = await admin('/requests/count', filter, signal)
      return { status: response.status, body: await response.json() }
    })
    expect(count).toEqual({ status: 200, body: { count: 0 } })
  })

  it('finds, with near misses, while /healthz answers', async () => {
    const found = await expectResponsiveDuring(url, async (signal) => {
      const response = await admin(
        '/requests/find',
        { headers: { 'x-evil': { matches: '^(a+)+$' } } },
        signal,
      )
      return (await response.json()) as { requests: unknown[]; nearMisses: unknown[] }
    })
    expect(found.requests).toEqual([])
    expect(found.nearMisses).toHaveLength(3)
  })

  it('lists with ?path= of six stars while /healthz answers', async () => {
    const listed = await expectResponsiveDuring(url, async (signal) => {
      const response = await admin(`/requests?path=${encodeURIComponent(SIX_STARS)}`, undefined, signal)
      return { status: response.status, body: await response.json() }
    })
    expect(listed).toMatchObject({ status: 200, body: { requests: [] } })
  })

  it.each([
    [
      'a backreference',
      { headers: { 'x-evil': { matches: '^(a)\\1$' } } },
      'headers.x-evil.matches',
      'a backreference',
    ],
    [
      'a named backreference',
      { query: { q: { matches: '(?<n>a)\\k<n>' } } },
      'query.q.matches',
      'a backreference',
    ],
    [
      'a lookahead',
      { headers: { 'x-evil': { matches: 'a(?=a)' } } },
      'headers.x-evil.matches',
      'a lookaround',
    ],
    ['a lookbehind', { query: { q: { matches: '(?<!b)a' } } }, 'query.q.matches', 'a lookaround'],
    [
      'a huge repeat',
      { query: { q: { matches: '(a{100}){100}' } } },
      'query.q.matches',
      'a pattern this large',
    ],
    ['a long glob', { path: `*${'a*'.repeat(100)}` }, 'path', 'from the first * or :name on'],
  ])('refuses %s with a 400 naming the key', async (_name, filter, key, why) => {
    const response = await admin('/requests/count', filter, AbortSignal.timeout(10_000))
    const body = (await response.json()) as { error: string; key: string }
    expect(response.status).toBe(400)
    expect(body.key).toBe(key)
    expect(body.error).toContain(why)
  })

  it.each([5_000, 100_000])(
    'refuses a json filter nested %i levels with a 400 naming the key and the limit',
    async (depth) => {
      const body = `{"json":{"deep":${'['.repeat(depth)}1${']'.repeat(depth)}}}`
      const response = await admin('/requests/find', body)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({
        key: 'json.deep',
        error: '"json.deep" in the body: a value nested at most 64 levels deep (objects and arrays)',
      })
      expect((await fetch(`${url}/healthz`)).status).toBe(200)
    },
  )
})

describe('scenario rules against ReDoS patterns', () => {
  let url: string
  const rule = (match: unknown) => ({ match, respond: { status: 418 } })

  beforeAll(async () => {
    const dir = fixtureDir({
      evil: {
        functions: 0,
        rules: [
          rule({ headers: { 'x-evil': { matches: '^(a+)+$' } } }),
          rule({ headers: { 'x-words': { matches: '^(\\w+\\s?)+$' } } }),
          rule({ query: { q: { matches: '^(a|aa)+$' } } }),
          rule({ query: { q: { matches: '^(?:a?){25}a{25}$' } } }),
          rule({ path: SIX_STARS }),
          rule({ method: 'POST', json: { x: 1 } }),
        ],
      },
    })
    url = await waitForUrl(start(['--fixtures', dir, '--scenario', 'evil']))
  })

  it('answers a request that every rule must test, while /healthz answers', async () => {
    const status = await expectResponsiveDuring(url, async (signal) => {
      const response = await sendEvil(url, 'evil-rules', signal)
      await response.text()
      return response.status
    })
    // No rule matches: the real routes answer (gin's 404 for an unknown path).
    expect(status).toBe(404)
  })

  it('answers ten such requests at once, while /healthz answers', async () => {
    const statuses = await expectResponsiveDuring(url, (signal) =>
      Promise.all(
        Array.from({ length: 10 }, () => sendEvil(url, 'evil-rules', signal).then((r) => r.status)),
      ),
    )
    expect(statuses).toEqual(Array(10).fill(404))
  })

  it('compares a json field nested 200,000 levels deep in a request body without crashing', async () => {
    const body = `{"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    const response = await fetch(`${url}/serverless/v1/functions`, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(10_000),
    })
    await response.text()
    // Not the rule's 418 (x is not 1) and not a 500: the real server's answer to a bad function.
    expect(response.status).not.toBe(418)
    expect(response.status).toBeLessThan(500)
  })
})

describe('a fixture with a pattern that cannot be matched safely', () => {
  it.each([
    ['a backreference', { headers: { 'x-a': { matches: '(a)\\1' } } }, '/rules/0/match/headers/x-a/matches'],
    ['a lookaround', { query: { q: { matches: '(?<=a)b' } } }, '/rules/0/match/query/q/matches'],
    ['from the first * or :name on', { path: `/v1/*${'/:x'.repeat(50)}` }, '/rules/0/match/path'],
  ])('saying "%s" is refused at start, naming the file and the place', async (why, match, pointer) => {
    const dir = fixtureDir({ unsafe: { rules: [{ match, respond: { status: 418 } }] } })
    const cli = start(['--fixtures', dir])
    expect(await exitCodeWithin(cli.exited, 10_000)).toBe(1)
    expect(cli.stderr()).toContain(`${join(dir, 'unsafe.json')}:1:`)
    expect(cli.stderr()).toContain(` at ${pointer}: `)
    expect(cli.stderr()).toContain(why)
  })
})
