import { describe, expect, it } from 'vitest'
import { toFixtureTextPieces } from '../../src/record/fixture-text.js'
import type { RecordedExchange } from '../../src/record/recorded-exchange.js'
import { toRecordedFixture } from '../../src/record/to-fixture.js'

function exchange(
  fields: Partial<RecordedExchange> & Pick<RecordedExchange, 'method' | 'path'>,
): RecordedExchange {
  return {
    rawPath: fields.path,
    query: {},
    headers: {},
    body: '',
    status: 200,
    contentType: 'application/json',
    location: null,
    responseBody: '{}',
    window: [10, 20],
    ...fields,
  }
}

describe('toRecordedFixture', () => {
  it('writes each request as a group of rules: its match, its repeats in order, its answer as recorded', () => {
    const scoped = exchange({
      method: 'GET',
      path: '/a',
      rawPath: '/a?x=1',
      query: { x: '1' },
      headers: { 'x-tenant-id': 't', 'x-product-id': 'p', accept: '*/*' },
      responseBody: '{"scoped":true}',
    })
    const plain = exchange({ method: 'GET', path: '/a', contentType: null, responseBody: 'first' })
    const posted = exchange({
      method: 'POST',
      path: '/b',
      body: '{"k":1}',
      status: 303,
      contentType: '',
      location: '/c',
      responseBody: '',
      window: [30, 40],
    })
    const again = exchange({ method: 'GET', path: '/a', contentType: null, responseBody: 'second' })
    const fixture = toRecordedFixture([plain, scoped, posted, again])
    expect(fixture).toEqual({
      $schema: 'https://unpkg.com/yr-meta-mock/schema/scenario.schema.json',
      description: '4 exchanges recorded by yr-meta-mock --record',
      functions: 0,
      docExample: false,
      rules: [
        // most criteria first: query and two scope headers, then one JSON field, then none
        {
          name: 'GET /a?x=1',
          match: {
            method: 'GET',
            path: '/a',
            query: { x: '1' },
            headers: { 'x-tenant-id': 't', 'x-product-id': 'p' },
          },
          calls: { from: 1 },
          respond: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"scoped":true}' },
          recorded: { method: 'GET', path: '/a?x=1', headers: scoped.headers, window: [10, 20], position: 1 },
        },
        {
          name: 'POST /b',
          match: { method: 'POST', path: '/b', json: { k: 1 } },
          calls: { from: 1 },
          respond: { status: 303, headers: { 'content-type': '', location: '/c' }, body: '' },
          recorded: {
            method: 'POST',
            path: '/b',
            headers: {},
            body: '{"k":1}',
            window: [30, 40],
            position: 2,
          },
        },
        {
          name: 'GET /a (2 of 2)',
          match: { method: 'GET', path: '/a' },
          calls: { from: 2 },
          respond: { status: 200, headers: {}, body: 'second' },
          recorded: { method: 'GET', path: '/a', headers: {}, window: [10, 20], position: 3 },
        },
        {
          name: 'GET /a (1 of 2)',
          match: { method: 'GET', path: '/a' },
          calls: { nth: 1 },
          respond: { status: 200, headers: {}, body: 'first' },
          recorded: { method: 'GET', path: '/a', headers: {}, window: [10, 20], position: 0 },
        },
      ],
    })
  })

  it('matches only a JSON object body field by field', () => {
    const bodies = ['', '   ', 'null', '[1,2]', '"text"', '7', 'not json', '{"a":{"b":[1]}}']
    const fixture = toRecordedFixture(
      bodies.map((body, n) => exchange({ method: 'PUT', path: `/p${n}`, body })),
    )
    const matches = fixture.rules.map((rule) => rule.match)
    expect(matches.map((match) => match?.json)).toEqual([
      { a: { b: [1] } },
      ...bodies.slice(0, -1).map(() => undefined),
    ])
    expect(matches.every((match) => match?.query === undefined && match?.headers === undefined)).toBe(true)
  })

  it('takes a name, a description and a schema', () => {
    const fixture = toRecordedFixture([], { name: 'flow', description: 'mine', schema: './s.json' })
    expect(fixture).toMatchObject({ $schema: './s.json', name: 'flow', description: 'mine', rules: [] })
    expect('name' in toRecordedFixture([])).toBe(false)
  })

  it('gives the same fixture when made again from the same exchanges', () => {
    const exchanges = [exchange({ method: 'POST', path: '/q', body: '{"z":2}' })]
    expect(toRecordedFixture(exchanges)).toEqual(toRecordedFixture(exchanges))
  })
})

describe('toFixtureTextPieces', () => {
  it('joins to exactly what JSON.stringify(fixture, null, 2) writes, with a final line break', () => {
    const rule = (n: number) => ({
      name: `GET /a/${n}`,
      match: { method: 'GET', path: `/a/${n}`, json: { nested: { deep: [1, 'two\nlines'] } } },
      respond: { status: 200, headers: {}, body: `{"n":${n}}` },
    })
    for (const rules of [[], [rule(1)], [rule(1), rule(2), rule(3)]]) {
      const fixture = { $schema: 's', name: 'n', description: 'd', functions: 0, docExample: false, rules }
      expect([...toFixtureTextPieces(fixture)].join('')).toBe(`${JSON.stringify(fixture, null, 2)}\n`)
    }
    const bare = { rules: [rule(1), rule(2)] }
    expect([...toFixtureTextPieces(bare)].join('')).toBe(`${JSON.stringify(bare, null, 2)}\n`)
  })

  it('gives the head, then one piece per rule, then the end', () => {
    const fixture = { name: 'n', rules: [{ a: 1 }, { b: 2 }] }
    expect([...toFixtureTextPieces(fixture)]).toEqual([
      '{\n  "name": "n",\n  "rules": [',
      '\n    {\n      "a": 1\n    }',
      ',\n    {\n      "b": 2\n    }',
      '\n  ]\n}\n',
    ])
  })
})
