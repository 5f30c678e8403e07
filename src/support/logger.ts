/** Where the fake reports; everything goes to stderr by default so stdout stays the user's. */
export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string, error?: unknown): void
}

/** How much to report. */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info'

const RANK: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3 }

/** A logger that writes `[yr-meta-mock] …` lines to stderr at or above `level`. */
export function createLogger(level: LogLevel = 'warn'): Logger {
  const write = (at: LogLevel, message: string) => {
    // console.error is stderr in Node and works in browsers too (the engine stays runtime-neutral).
    if (RANK[at] <= RANK[level]) console.error(`[yr-meta-mock] ${message}`)
  }
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message, error) => write('error', error ? `${message}: ${describe(error)}` : message),
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
