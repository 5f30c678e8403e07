import { describe, expect, it } from 'vitest'
import { compileMatch, compileRule } from '../../src/scenarios/compile-rule.js'
import { parseScenario, parseScenarioText } from '../../src/scenarios/parse-scenario.js'
import type { RequestFacts } from '../../src/scenarios/request-facts.js'
import { runRule, toDelayMs } from '../../src/scenarios/rule-response.js'
import { ScenarioError } from '../../src/scenarios/scenario-error.js'
import { INITIAL_STATE, ScenarioRuntime } from '../../src/scenarios/scenario-runtime.js'
import { type ScenarioRule, scenarioSchemas } from '../../src/scenarios/scenario-schema.js'
import { ScenarioSet, UnknownScenarioError } from '../../src/scenarios/scenario-set.js'
import { toAnswer } from '../../src/wire/outcome.js'

const { scenarioRuleSchema, scenarioSchema } = scenarioSchemas()

// The scenario engine's parts, one by one: what each promises in its doc comment.

const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  method: 'GET',
  path: '/p',
  query: new URLSearchParams(),
  headers: new Headers(),
  session: '',
  ...over,
})
const rule = (input: unknown): ScenarioRule => scenarioRuleSchema.parse(input)
const scenario = (name: string, rules: unknown[] = []) => ({ ...scenarioSchema.parse({ rules }), name })

describe('compileMatch', () => {
  it('matches methods in any case, one or several', () => {
    expect(compileMatch({ method: 'post' })(facts({ method: 'POST' }))).toEqual([
      { criterion: 'method', ok: true, expected: 'POST', actual: 'POST' },
    ])
    expect(compileMatch({ method: ['get', 'PUT'] })(facts({ method: 'DELETE' }))).toEqual([
      { criterion: 'method', ok: false, expected: 'GET|PUT', actual: 'DELETE' },
    ])
  })

  it('matches query and headers by text or pattern, a missing one as null', () => {
    const check = compileMatch({
      query: { name: 'a', page: { matches: '^[0-9]+$' } },
      headers: { 'X-Trace': { matches: 't' } },
      session: 's',
    })
    expect(
      check(
        facts({
          query: new URLSearchParams('name=a&page=12'),
          headers: new Headers({ 'x-trace': 'xt' }),
          session: 's',
        }),
      ),
    ).toEqual([
      { criterion: 'session', ok: true, expected: 's', actual: 's' },
      { criterion: 'query name', ok: true, expected: 'a', actual: 'a' },
      { criterion: 'query page', ok: true, expected: '/^[0-9]+$/', actual: '12' },
      { criterion: 'header X-Trace', ok: true, expected: '/t/', actual: 'xt' },
    ])
    expect(check(facts()).map((result) => [result.ok, result.actual])).toEqual([
      [false, ''],
      [false, 'null'],
      [false, 'null'],
      [false, 'null'],
    ])
    expect(
      compileMatch({ query: { name: 'a' } })(facts({ query: new URLSearchParams('name=ab') }))[0]?.ok,
    ).toBe(false)
  })

  it('names a rule by its name, else by its place', () => {
    expect(compileRule(rule({ name: 'n' }), 3).label).toBe('n')
    expect(compileRule(rule({}), 3).label).toBe('rules[3]')
    expect(compileRule(rule({ match: { method: 'POST' } }), 0).matches(facts())).toBe(false)
    expect(compileRule(rule({}), 0).matches(facts())).toBe(true)
  })
})

describe('ScenarioRuntime', () => {
  const compiled = (rules: unknown[]) => rules.map((input, index) => compileRule(rule(input), index))

  it.each([
    [{ nth: 2 }, [false, true, false]],
    [{ first: 2 }, [true, true, false]],
    [{ from: 2 }, [false, true, true]],
    [{ from: 2, to: 2 }, [false, true, false]],
  ])('fires on calls %o', (calls, expected) => {
    const runtime = new ScenarioRuntime()
    const rules = compiled([{ calls }])
    expect([1, 2, 3].map(() => runtime.fire(rules, facts()) !== undefined)).toEqual(expected)
    expect(runtime.countOf(0)).toBe(3)
  })

  it('counts a matching call even when its calls skip it, then tries the next rule', () => {
    const runtime = new ScenarioRuntime()
    const rules = compiled([{ calls: { nth: 2 } }, { name: 'fallback' }])
    expect(runtime.fire(rules, facts())?.compiled.label).toBe('fallback')
    expect(runtime.fire(rules, facts())).toMatchObject({ call: 2, compiled: { index: 0 } })
    expect([runtime.countOf(0), runtime.countOf(1)]).toEqual([2, 1])
  })

  it('follows states, and a clone carries on on its own', () => {
    const runtime = new ScenarioRuntime()
    expect(runtime.state).toBe(INITIAL_STATE)
    const rules = compiled([
      { state: 'Started', newState: 'Second' },
      { state: 'Second', name: 'second' },
    ])
    expect(runtime.fire(rules, facts())?.call).toBe(1)
    expect(runtime.state).toBe('Second')
    const copy = runtime.clone()
    expect(copy.fire(rules, facts())?.compiled.label).toBe('second')
    expect([copy.countOf(0), copy.countOf(1), runtime.countOf(1)]).toEqual([1, 1, 0])
    expect(copy.state).toBe('Second')
    expect(runtime.fire(compiled([{ match: { method: 'POST' } }]), facts())).toBeUndefined()
  })
})

describe('ScenarioSet', () => {
  it('lists in load order, activates by name, and says which names it knows', () => {
    const set = new ScenarioSet([scenario('b'), scenario('a')])
    expect(set.list().map((entry) => entry.scenario.name)).toEqual(['b', 'a'])
    expect(set.active).toBeUndefined()
    set.activate('a')
    expect(set.active?.scenario.name).toBe('a')
    expect(() => set.activate('z')).toThrow('unknown scenario "z"; known scenarios: b, a')
    set.activate(undefined)
    expect(set.active).toBeUndefined()
    expect(() => new ScenarioSet().activate('z')).toThrow(new UnknownScenarioError('z', []))
    expect(new UnknownScenarioError('z', []).message).toBe(
      'unknown scenario "z"; known scenarios: (none loaded)',
    )
  })

  it('keeps the active name across a reload only while it is still loaded', () => {
    const set = new ScenarioSet([scenario('a', [{}]), scenario('b')])
    set.activate('a')
    const reloaded = set.withScenarios([scenario('a', [{}, {}])])
    expect(reloaded.active?.rules).toHaveLength(2)
    expect(reloaded.withScenarios([scenario('b')]).active).toBeUndefined()
    expect(new ScenarioSet([scenario('a')]).withScenarios([scenario('a')]).active).toBeUndefined()
  })
})

describe('rule answers', () => {
  const fire = (input: unknown) => ({ compiled: compileRule(rule(input), 0), call: 1 })
  const normal = async () =>
    toAnswer(new Response('{"a":"bcdefgh"}', { status: 201, headers: { 'x-h': '1' } }))

  it('draws delays from the seed, the rule and the call: the same on every run', () => {
    const delays = (seed: number, index: number) => {
      const compiled = compileRule(rule({ delay: { min: 0, max: 600_000 } }), index)
      return [1, 2, 3, 4, 5].map((call) => toDelayMs({ compiled, call }, seed))
    }
    expect(delays(1, 0)).toEqual([58675, 343195, 338140, 446526, 460874])
    expect(delays(42, 3)).toEqual([462544, 171936, 531218, 190208, 123193])
    expect(delays(2 ** 31 - 1, 7)).toEqual([108802, 573436, 505574, 1098, 582379])
    expect(toDelayMs(fire({ delay: { ms: 25 } }), 1)).toBe(25)
    expect(toDelayMs(fire({}), 1)).toBe(0)
  })

  it('scripts JSON, raw and real-server error answers', async () => {
    const json = await runRule(
      fire({ respond: { status: 202, json: { ok: 1 }, headers: { 'x-a': 'b' } } }),
      0,
      normal,
    )
    if (json.kind !== 'answer') throw new Error('expected an answer')
    expect([json.response.status, json.response.headers.get('x-a'), await json.response.text()]).toEqual([
      202,
      'b',
      '{"ok":1}',
    ])
    const raw = await runRule(fire({ respond: { body: 'plain', headers: { 'x-r': '1' } } }), 0, normal)
    if (raw.kind !== 'answer') throw new Error('expected an answer')
    expect([raw.response.status, raw.response.headers.get('x-r'), await raw.response.text()]).toEqual([
      200,
      '1',
      'plain',
    ])
    const empty = await runRule(fire({ respond: { status: 204 } }), 0, normal)
    if (empty.kind !== 'answer') throw new Error('expected an answer')
    expect(await empty.response.text()).toBe('')
    const error = await runRule(fire({ respond: { error: { code: 4115, message: 'gone' } } }), 0, normal)
    if (error.kind !== 'answer') throw new Error('expected an answer')
    expect([error.response.status, await error.response.text()]).toEqual([
      500,
      '{"code":4115,"message":"gone"}',
    ])
  })

  it('truncates: the whole length announced, the first half sent', async () => {
    const outcome = await runRule(fire({ fault: 'truncate' }), 0, normal)
    if (outcome.kind !== 'truncate') throw new Error('expected a truncation')
    expect(outcome.response.status).toBe(201)
    expect(outcome.response.headers.get('content-length')).toBe('15')
    expect(outcome.response.headers.get('x-h')).toBe('1')
    expect(new TextDecoder().decode(outcome.sent)).toBe('{"a":"b')
  })

  it('malforms: half the body, well framed, the status and headers kept', async () => {
    const outcome = await runRule(fire({ fault: 'malformed' }), 0, normal)
    if (outcome.kind !== 'answer') throw new Error('expected an answer')
    expect([outcome.response.status, outcome.response.headers.get('x-h')]).toEqual([201, '1'])
    expect(await outcome.response.text()).toBe('{"a":"b')
    const tiny = await runRule(fire({ fault: 'malformed' }), 0, async () => toAnswer(new Response('x')))
    if (tiny.kind !== 'answer') throw new Error('expected an answer')
    expect(await tiny.response.text()).toBe('x')
  })

  it('drops, and passes a normal answer through untouched', async () => {
    expect((await runRule(fire({ fault: 'drop' }), 0, normal)).kind).toBe('drop')
    const passed = await runRule(fire({}), 0, normal)
    if (passed.kind !== 'answer') throw new Error('expected an answer')
    expect([passed.response.status, await passed.response.text()]).toEqual([201, '{"a":"bcdefgh"}'])
  })
})

describe('scenario errors', () => {
  it('name the place without a line for scenarios given in code', () => {
    expect(() => parseScenario({ rules: [{ fault: 'x' }] }, 'in-code')).toThrow(
      'in-code at /rules/0/fault: one of the documented forms (see the JSON Schema)',
    )
    expect(new ScenarioError({ source: 'f', pointer: '', line: 2 }, 'x').message).toBe(
      'f:2:1 at (document root): x',
    )
    expect(() => ScenarioError.of([])).toThrow('at least one problem')
  })

  it('escape ~ and / in JSON pointers', () => {
    const error = (() => {
      try {
        parseScenarioText('{"rules":[{"respond":{"headers":{"a/b~c":1}}}]}', 'f.json', 'f')
      } catch (caught) {
        return caught as ScenarioError
      }
      throw new Error('expected a ScenarioError')
    })()
    expect(error.place.pointer).toBe('/rules/0/respond/headers/a~1b~0c')
  })

  it('refuse a text over the size limit before parsing it', () => {
    expect(() => parseScenarioText(' '.repeat(8 * 1024 * 1024 + 1), 'big.json', 'big')).toThrow(
      'big.json at (document root): a fixture of at most 8388608 bytes',
    )
  })

  it('name a scenario by its file unless it names itself', () => {
    expect(parseScenarioText('{}', 'f.json', 'from-file').name).toBe('from-file')
    expect(parseScenarioText('{"name":"own"}', 'f.json', 'from-file').name).toBe('own')
    expect(parseScenario({ name: 'given' }, 'src').name).toBe('given')
  })
})

describe('scenario edges', () => {
  const fire = (input: unknown) => ({ compiled: compileRule(rule(input), 0), call: 1 })
  const errorOf = (run: () => unknown): ScenarioError => {
    try {
      run()
    } catch (caught) {
      if (caught instanceof ScenarioError) return caught
      throw caught
    }
    throw new Error('expected a ScenarioError')
  }

  it('explains a path mismatch, and a missing value never matches a pattern', () => {
    expect(compileMatch({ path: '/a' })(facts({ path: '/b' }))).toEqual([
      { criterion: 'path', ok: false, expected: '/a', actual: '/b' },
    ])
    expect(compileMatch({ query: { name: { matches: 'null' } } })(facts())[0]?.ok).toBe(false)
  })

  it('lets a fault pass through an answer that never came', async () => {
    expect(await runRule(fire({ fault: 'truncate' }), 0, async () => ({ kind: 'drop' }))).toEqual({
      kind: 'drop',
    })
  })

  it('locates a missing key at the object it is missing from', () => {
    const error = errorOf(() =>
      parseScenarioText('{\n  "rules": [{ "respond": {\n    "error": { "code": 1 } } }]\n}', 'f.json', 'f'),
    )
    expect(error.place).toMatchObject({ pointer: '/rules/0/respond/error/message', line: 3, column: 14 })
    expect(error.expected).toBe('expected string, received undefined')
  })

  it('lists several unknown keys, and accepts a file of exactly the size limit', () => {
    expect(errorOf(() => parseScenarioText('{"nmae":1,"sed":2}', 'f.json', 'f')).expected).toBe(
      'no "nmae", "sed" here (a typo?)',
    )
    const exact = `${' '.repeat(8 * 1024 * 1024 - 2)}{}`
    expect(parseScenarioText(exact, 'f.json', 'f').name).toBe('f')
  })

  it('orders problems by line, then column; errors carry their names', () => {
    const error = ScenarioError.of([
      { place: { source: 'f', pointer: '/b', line: 2, column: 9 }, expected: 'b' },
      { place: { source: 'f', pointer: '/a', line: 2, column: 3 }, expected: 'a' },
      { place: { source: 'f', pointer: '' }, expected: 'first' },
    ])
    expect(error.problems.map((problem) => problem.expected)).toEqual(['first', 'a', 'b'])
    expect(error.name).toBe('ScenarioError')
    expect(new UnknownScenarioError('x', []).name).toBe('UnknownScenarioError')
  })
})
