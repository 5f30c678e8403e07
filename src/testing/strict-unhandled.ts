/**
 * `listen()` options that fail unhandled requests under msw 2 and msw 3: msw 3 renamed
 * `onUnhandledRequest` to `onUnhandledFrame` and silently ignores the old name, so set both.
 */
export const STRICT_UNHANDLED = { onUnhandledRequest: 'error', onUnhandledFrame: 'error' } as const

/** The real server's port, where the MSW helpers intercept the fake by default. */
export const DEFAULT_MSW_PORT = 31182

/** The loopback names a client may use for the fake on `port`: all are intercepted by default. */
export function loopbackBaseUrls(port: number = DEFAULT_MSW_PORT): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`]
}
