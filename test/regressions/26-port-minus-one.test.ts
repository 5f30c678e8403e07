import { describe, expect, it } from 'vitest'
import { CliUsageError, parseCliArgs } from '../../src/node/cli-args.js'
import { runVerifyCommand } from '../../src/node/verify-command.js'

// Issue 26: `--port -1` showed the argument parser's raw text ("Option '--port' argument is
// ambiguous. Did you forget to specify the option argument …"), not what --port allows.

const refusal = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError)
    return (error as Error).message
  }
  throw new Error('expected a usage error')
}

describe('a flag given a bad value', () => {
  it.each([
    [['--port', '-1'], '--port takes a whole number from 0 to 65535, not "-1"'],
    [['--seed', '-5'], '--seed takes a whole number'],
    [['--port'], '--port needs a value (--port <value>, or --port=<value>); see yr-meta-mock --help'],
    [['--bogus'], 'unknown option --bogus; yr-meta-mock --help lists the options'],
  ])('%j is answered naming the flag and what it takes', (args, message) => {
    const said = refusal(() => parseCliArgs(args))
    expect(said).toContain(message)
    expect(said).not.toMatch(/ambiguous|Did you forget|argument missing/)
  })

  it('is answered the same way by verify', async () => {
    await expect(runVerifyCommand(['--against'])).rejects.toThrow(
      '--against needs a value (--against <value>, or --against=<value>); see yr-meta-mock verify --help',
    )
  })
})
