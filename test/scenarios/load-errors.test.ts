import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMetaService, ScenarioError, UnknownScenarioError } from '../../src/index.js'
import { loadScenarios } from '../../src/node/index.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-fixtures-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

function errorOf(run: () => unknown): ScenarioError {
  try {
    run()
  } catch (error) {
    if (error instanceof ScenarioError) return error
    throw error
  }
  throw new Error('expected a ScenarioError')
}

describe('a bad scenario file', () => {
  it('names the file, line and column of invalid JSON', () => {
    const file = write('broken.json', '{\n  "rules": [\n    { "match": }\n  ]\n}\n')
    const error = errorOf(() => loadScenarios(file))
    expect(error.message).toBe(
      `${file}:3:16 at (document root): valid JSON (invalid character '}' looking for beginning of value)`,
    )
  })

  it('names the JSON pointer and line of a schema violation', () => {
    const file = write(
      'bad-status.json',
      '{\n  "rules": [\n    {\n      "respond": { "status": "500" }\n    }\n  ]\n}\n',
    )
    const error = errorOf(() => loadScenarios(file))
    expect(error.place).toMatchObject({
      source: file,
      pointer: '/rules/0/respond/status',
      line: 4,
      column: 30,
    })
    expect(error.message).toContain('expected number, received string')
  })

  it('calls out an unknown key as a likely typo', () => {
    const file = write('typo.json', '{ "rules": [{ "mach": {} }] }')
    expect(errorOf(() => loadScenarios(file)).message).toBe(
      `${file}:1:13 at /rules/0: no "mach" here (a typo?)`,
    )
  })

  it('refuses an invalid regular expression', () => {
    const file = write('regex.json', '{ "rules": [{ "match": { "query": { "a": { "matches": "(" } } } }] }')
    const error = errorOf(() => loadScenarios(file))
    expect(error.place.pointer).toBe('/rules/0/match/query/a/matches')
    expect(error.message).toContain('a valid regular expression')
  })

  it('refuses two scenarios of one name', () => {
    write('a.json', '{ "name": "same" }')
    const second = write('b.json', '{ "name": "same" }')
    expect(errorOf(() => loadScenarios(dir)).message).toBe(
      `${second} at /name: a scenario name not already used by ${join(dir, 'a.json')}`,
    )
  })

  it('names a path that cannot be read', () => {
    expect(errorOf(() => loadScenarios(join(dir, 'missing.json'))).message).toContain(
      'a readable scenario file or directory',
    )
  })

  it('refuses a file over the size limit before parsing it', () => {
    const file = write('huge.json', `{"description":"${'x'.repeat(8 * 1024 * 1024)}"}`)
    expect(errorOf(() => loadScenarios(file)).message).toContain('a fixture of at most 8388608 bytes')
  })

  it('names the scenario from the file, and skips links that leave the directory', () => {
    write('flaky.json', '{}')
    const outside = mkdtempSync(join(tmpdir(), 'yr-meta-mock-outside-'))
    writeFileSync(join(outside, 'secret.json'), '{}')
    symlinkSync(join(outside, 'secret.json'), join(dir, 'escape.json'))
    mkdirSync(join(dir, 'nested.json'))
    try {
      expect(loadScenarios(dir).map((scenario) => scenario.name)).toEqual(['flaky'])
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })
})

describe('choosing a scenario', () => {
  it('refuses an unknown name and lists the known ones', () => {
    expect(() => createMetaService({ scenarios: [{ name: 'a' }, { name: 'b' }], scenario: 'c' })).toThrow(
      new UnknownScenarioError('c', ['a', 'b']),
    )
  })

  it('validates scenarios given in code, naming their place', () => {
    expect(() =>
      createMetaService({ scenarios: [{ name: 'ok' }, { rules: [{ calls: { nth: 0 } }] }] }),
    ).toThrow(/^scenarios\[1\] at \/rules\/0\/calls/)
  })
})

describe('a pathological file', () => {
  it('refuses nesting deeper than a scenario needs', () => {
    const file = write('deep.json', `{"description": ${'['.repeat(100)}${']'.repeat(100)}}`)
    expect(errorOf(() => loadScenarios(file)).message).toContain(
      "valid JSON (invalid character '[' exceeded max depth)",
    )
  })
})

describe('a loaded function the server would refuse', () => {
  it('stops the fake with a message naming the function and the real answer', async () => {
    const service = createMetaService({ functions: 0, load: [{ name: 'twice' }, { name: 'twice' }] })
    await expect(service.ready).rejects.toThrow(
      'cannot load function "twice": the server would answer 4101 "the function name already exists. rename your function"',
    )
  })
})

describe('a scenario file with several mistakes', () => {
  it('refuses data after the JSON value, which the Go body decoder would ignore', () => {
    const file = write('trailing.json', '{ "name": "t" }\n}junk\n')
    const error = errorOf(() => loadScenarios(file))
    expect(error.place).toMatchObject({ source: file, pointer: '', line: 2, column: 1 })
    expect(error.message).toBe(
      `${file}:2:1 at (document root): nothing after the JSON value (invalid character '}' after top-level value)`,
    )
  })

  it('refuses a key given twice, at the second one', () => {
    const file = write(
      'dup.json',
      '{\n  "name": "a",\n  "rules": [{ "fault": "drop", "fault": "truncate" }],\n  "name": "b"\n}',
    )
    const error = errorOf(() => loadScenarios(file))
    expect(error.problems.map((problem) => problem.place)).toEqual([
      { source: file, pointer: '/rules/0/fault', line: 3, column: 41 },
      { source: file, pointer: '/name', line: 4, column: 11 },
    ])
    expect(error.problems[1]?.expected).toBe('"name" only once (it is also at line 2)')
  })

  it('reports every mistake together, in file order, each with line, column and pointer', () => {
    const file = write(
      'many.json',
      [
        '{',
        '  "rules": [',
        '    { "mach": {} },',
        '    { "respond": { "status": "500" } },',
        '    { "fault": "explode" }',
        '  ],',
        '  "seed": -1',
        '} trailing',
      ].join('\n'),
    )
    const error = errorOf(() => loadScenarios(file))
    expect(error.problems.map(({ place }) => [place.pointer, place.line])).toEqual([
      ['/rules/0', 3],
      ['/rules/1/respond/status', 4],
      ['/rules/2/fault', 5],
      ['/seed', 7],
      ['', 8],
    ])
    expect(error.message.split('\n')).toHaveLength(5)
    for (const line of error.message.split('\n')) expect(line).toMatch(new RegExp(`^${file}:\\d+:\\d+ at `))
  })

  it('still loads a file with trailing whitespace only', () => {
    const file = write('ok.json', '{ "name": "ok" }\n\n  \n')
    expect(loadScenarios(file)[0]?.name).toBe('ok')
  })
})
