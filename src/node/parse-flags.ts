import { type ParseArgsConfig, parseArgs } from 'node:util'

/** A mistake in the command line; its message is one line for the user. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError'
}

/**
 * `--port -1` as `--port=-1`: parseArgs reads a value that starts with a dash as a missing one
 * ("argument is ambiguous"), so the flag's own check never saw it and could not say what is allowed.
 */
export function withNegativeValues(args: readonly string[]): string[] {
  const joined: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string
    const next = args[index + 1]
    if (/^--[a-z-]+$/.test(arg) && next !== undefined && /^-[0-9.]/.test(next)) {
      joined.push(`${arg}=${next}`)
      index++
    } else joined.push(arg)
  }
  return joined
}

/** `parseArgs` with negative values kept and its errors in the CLI's words (`help`: where the options are). */
export function parseFlags<T extends ParseArgsConfig>(
  config: T,
  help: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs({ ...config, args: withNegativeValues(config.args ?? []) } as T)
  } catch (error) {
    throw toUsageError(error, help)
  }
}

/** parseArgs' errors in the CLI's words: the flag, what it needs, where the options are listed. */
export function toUsageError(error: unknown, help: string): CliUsageError {
  const { code, message } = error as { code?: string; message: string }
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new CliUsageError(`unknown option ${flag}; ${help} lists the options`)
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new CliUsageError(`${flag} needs a value (${flag} <value>, or ${flag}=<value>); see ${help}`)
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return new CliUsageError(`${message.replace(/\.$/, '')}; ${help} lists what it takes`)
  return new CliUsageError(`${message}; see ${help}`)
}
