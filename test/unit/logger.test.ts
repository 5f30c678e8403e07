import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLogger, type LogLevel } from '../../src/support/logger.js'

// Issue 23 (session 9): the logger's levels and lines, which the other tests only see through a
// logger of their own.

afterEach(() => {
  vi.restoreAllMocks()
})

function linesAt(level: LogLevel | undefined): string[] {
  const lines: string[] = []
  vi.spyOn(console, 'error').mockImplementation((line: string) => {
    lines.push(line)
  })
  const logger = level === undefined ? createLogger() : createLogger(level)
  logger.info('an info')
  logger.warn('a warning')
  logger.error('an error')
  logger.error('a failure', new Error('the cause'))
  logger.error('a thrown text', 'not an Error')
  vi.mocked(console.error).mockRestore()
  return lines
}

const errors = [
  '[yr-meta-mock] an error',
  '[yr-meta-mock] a failure: the cause',
  '[yr-meta-mock] a thrown text: not an Error',
]

describe('createLogger', () => {
  it('writes warnings and errors by default, each line marked as the fake’s', () => {
    expect(linesAt(undefined)).toEqual(['[yr-meta-mock] a warning', ...errors])
  })

  it('writes each level at or above the one asked for, and nothing when silent', () => {
    expect(linesAt('info')).toEqual(['[yr-meta-mock] an info', '[yr-meta-mock] a warning', ...errors])
    expect(linesAt('warn')).toEqual(['[yr-meta-mock] a warning', ...errors])
    expect(linesAt('error')).toEqual(errors)
    expect(linesAt('silent')).toEqual([])
  })
})
