/**
 * `listen()` options that fail unhandled requests under msw 2 and msw 3: msw 3 renamed
 * `onUnhandledRequest` to `onUnhandledFrame` and silently ignores the old name, so set both.
 */
export const STRICT_UNHANDLED = { onUnhandledRequest: 'error', onUnhandledFrame: 'error' } as const

/** Where the MSW helpers intercept the fake by default: the real server's address. */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:31182'
