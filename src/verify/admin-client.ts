import { adminTokenFromEnv } from '../admin/admin-token.js'
import type { JournalEntry, NearMiss, RequestFilter } from '../engine/journal.js'

/** A fake reached over HTTP (a real server started elsewhere, e.g. by a global setup). */
export interface AdminClient {
  readonly baseUrl: string
  readonly session: string
  /** `fetch` against the fake, with this client's session header set. */
  fetch(path: string, init?: RequestInit): Promise<Response>
  find(filter?: RequestFilter): Promise<{ requests: JournalEntry[]; nearMisses: NearMiss[] }>
  count(filter?: RequestFilter): Promise<number>
  clearRequests(): Promise<void>
  /** Back to the baseline: this client's session. */
  reset(): Promise<void>
}

/** Which session a client is bound to, and the admin token it sends. */
export interface AdminClientOptions {
  readonly session?: string
  /**
   * Sent as `Authorization: Bearer <token>` on every `/__admin` call. Default: the
   * `YR_META_MOCK_ADMIN_TOKEN` environment variable, which the server also reads, so a fake that
   * needs the token and its client agree without saying it twice.
   */
  readonly adminToken?: string
}

/**
 * A client for a fake's `/__admin` surface and its routes, bound to one session.
 * @example const fake = createAdminClient(inject('yrMetaMockUrl'), { session: 'worker-1' })
 */
export function createAdminClient(baseUrl: string, options: AdminClientOptions = {}): AdminClient {
  const base = baseUrl.replace(/\/+$/, '')
  const session = options.session ?? ''
  const token = options.adminToken ?? adminTokenFromEnv()
  const send = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers)
    if (session !== '') headers.set('x-mock-session', session)
    // Only on /__admin: the real server's routes would journal (and a recording keep) the token.
    if (token !== undefined && path.startsWith('/__admin') && !headers.has('authorization'))
      headers.set('authorization', `Bearer ${token}`)
    return fetch(`${base}${path}`, { ...init, headers })
  }
  const admin = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await send(`/__admin${path}`, {
      method,
      // JSON, said so: a server on a port refuses admin writes a web page could send (decision 0010).
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok)
      throw new Error(
        `yr-meta-mock admin ${method} ${path} answered ${response.status}: ${await response.text()}`,
      )
    return (await response.json()) as T
  }
  return {
    baseUrl: base,
    session,
    fetch: send,
    find: (filter = {}) => admin('POST', '/requests/find', filter),
    count: async (filter = {}) => (await admin<{ count: number }>('POST', '/requests/count', filter)).count,
    clearRequests: async () => {
      await admin('DELETE', '/requests')
    },
    reset: async () => {
      await admin('POST', '/reset')
    },
  }
}
