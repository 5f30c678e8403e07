import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { ANSWER_HEADERS, toAnswerKey } from '../../src/wire/answer-inputs.js'

// The answer cache keys on the URL and ANSWER_HEADERS (issue 23, finding 7). These tests prove the
// list complete: no route reads a header another way, and no GET of any route reads another header.

const SRC = resolve(import.meta.dirname, '../../src')
/** The folders whose code answers the real server's requests. */
const ANSWERING = ['resources', 'real-server', 'http', 'domain', 'model']
/** A request header read other than through `readAnswerHeader` (copying the headers whole is no read). */
const HEADER_READ =
  /\.header\(|headers\.(?:get|has|entries|keys|values|forEach)\(|of\s+[\w.]*headers\b|getSetCookie|rawHeaders/

/** A header of an answer the code received (the forwarder follows a redirect's Location): no input. */
const RESPONSE_HEADER_READ = /\bresponse\.headers\./

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listSourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the inputs of an answer', () => {
  it('are read by the routes only through readAnswerHeader', () => {
    const reads = ANSWERING.flatMap((folder) => listSourceFiles(join(SRC, folder))).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          HEADER_READ.test(line) &&
          !RESPONSE_HEADER_READ.test(line) &&
          !line.trim().startsWith('*') &&
          !line.trim().startsWith('//')
            ? [`${relative(SRC, file)}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    )
    expect(reads).toEqual([])
  })

  it('are exactly ANSWER_HEADERS across the GET routes, with or without a trailing slash', async () => {
    const service = createMetaService({ functions: 2, load: [{ name: '0@svc@fixture', versions: 2 }] })
    await service.ready
    const { realServer } = service.engine
    const paths = realServer.routes
      .filter((line) => line.startsWith('GET'))
      .map((line) => (line.split(/\s+/)[1] ?? '').replace(/\{[^}]+\}/g, '0@faaspy@hello2'))
    expect(paths.length).toBeGreaterThan(5)
    const read = new Set<string>()
    const { get, has } = Headers.prototype
    // Reads of an answer's headers (the forwarder following a redirect) are no inputs: set them apart
    const answerHeaders = new WeakSet<Headers>()
    const headersOf = Object.getOwnPropertyDescriptor(Response.prototype, 'headers')?.get
    vi.spyOn(Response.prototype, 'headers', 'get').mockImplementation(function (this: Response) {
      const own = headersOf?.call(this) as Headers
      answerHeaders.add(own)
      return own
    })
    const note = (headers: Headers, name: string) => {
      if (!answerHeaders.has(headers)) read.add(name.toLowerCase())
    }
    vi.spyOn(Headers.prototype, 'get').mockImplementation(function (this: Headers, name: string) {
      note(this, name)
      return get.call(this, name)
    })
    vi.spyOn(Headers.prototype, 'has').mockImplementation(function (this: Headers, name: string) {
      note(this, name)
      return has.call(this, name)
    })
    const headers = {
      'x-tenant-id': 'default',
      'x-product-id': '',
      'x-forwarded-prefix': '/p',
      'x-mock-session': 's',
      authorization: 'Bearer t',
      'x-other': '1',
    }
    for (const path of paths)
      for (const suffix of ['', '/', '?pageIndex=1&pageSize=1&isAdmin=1&qualifier=latest&id=p'])
        await realServer.handle(new Request(`http://fake.test${path}${suffix}`, { headers }), {
          state: service.engine.defaultState,
        })
    vi.restoreAllMocks()
    // Every header of the list is read by some route, and none beside them.
    expect([...read].sort()).toEqual([...ANSWER_HEADERS].sort())
  })

  it('make the key: the URL alone without them, each present or absent value apart', () => {
    const key = (headers: Record<string, string>) => toAnswerKey(new Request('http://h/a?b=1', { headers }))
    expect(key({})).toBe('http://h/a?b=1')
    expect(key({ 'x-other': '1' })).toBe('http://h/a?b=1')
    const keys = [
      key({ 'x-tenant-id': '' }),
      key({ 'x-product-id': '' }),
      key({ 'x-forwarded-prefix': '' }),
      key({ 'x-forwarded-prefix': '/evil' }),
      key({ 'x-forwarded-prefix': '/mine' }),
      key({ 'x-tenant-id': 't', 'x-forwarded-prefix': '/evil' }),
      key({ 'x-tenant-id': 't', 'x-product-id': '/evil' }),
    ]
    expect(new Set(keys).size).toBe(keys.length)
    expect(key({ 'x-forwarded-prefix': '/evil' })).toBe('http://h/a?b=1\n\n\n=/evil')
  })
})
