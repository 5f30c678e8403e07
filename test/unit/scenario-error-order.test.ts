import { expect, it } from 'vitest'
import { ScenarioError } from '../../src/scenarios/scenario-error.js'

const at = (line: number, column: number, expected: string) => ({
  place: { source: 'f.json', pointer: '/rules/0', line, column },
  expected,
})

it('orders the problems of one line by column, whichever order they were found in', () => {
  for (const found of [
    [at(2, 3, 'first'), at(2, 9, 'second')],
    [at(2, 9, 'second'), at(2, 3, 'first')],
  ]) {
    const error = ScenarioError.of([at(5, 1, 'last'), ...found])
    expect(error.problems.map((problem) => problem.expected)).toEqual(['first', 'second', 'last'])
    expect(error.expected).toBe('first')
  }
})
