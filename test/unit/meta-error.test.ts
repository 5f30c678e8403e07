import { describe, expect, it } from 'vitest'
import { MetaError, metaErrors, ServerPanic } from '../../src/domain/meta-error.js'

// The errors that are answers are Errors to every reader, without the cost of Error's constructor.
describe('answer errors', () => {
  it('are Errors with their name, message and code, and no stack', () => {
    const error = metaErrors.functionNotFound('0@a@b')
    expect(error).toBeInstanceOf(Error)
    expect(error).toBeInstanceOf(MetaError)
    expect(error.name).toBe('MetaError')
    expect(error.code).toBe(4115)
    expect(error.message).toBe('function [0@a@b] is not found. check input parameters')
    expect(String(error)).toBe('MetaError: function [0@a@b] is not found. check input parameters')
    expect(error.stack).toBeUndefined()
  })

  it('are thrown and caught as Errors', () => {
    expect(() => {
      throw new ServerPanic('nil map')
    }).toThrow(new ServerPanic('nil map'))
    const panic = new ServerPanic()
    expect(panic).toBeInstanceOf(Error)
    expect(panic).not.toBeInstanceOf(MetaError)
    expect(`${panic.name}: ${panic.message}`).toBe('ServerPanic: ')
  })
})
