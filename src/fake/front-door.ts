import { Hono } from 'hono'
import { ADMIN_PREFIX, createAdminRoutes } from '../admin/admin-routes.js'
import { hasAdminToken, toAdminTokenRequired } from '../admin/admin-token.js'
import { isPublicDashboardRequest } from '../dashboard/public-paths.js'
import type { MetaEngine } from '../engine/meta-engine.js'
import { MemoRouter } from '../real-server/memo-router.js'
import { listRoutes, type RouteLine } from '../real-server/route-lines.js'
import { type MaybePromise, whenReady } from '../support/maybe-promise.js'
import type { CorsSetting } from '../wire/cors.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import { type Outcome, toAnswer } from '../wire/outcome.js'
import { withBoundedAdminBody } from './admin-body.js'
import { isAdminPath, withAdminBrowserGuard, withCorsRules } from './admin-browser-access.js'

/**
 * Answers one request with what the face must do with the connection: at once when nothing had to
 * be waited for (a kept GET, `/healthz`), else later.
 */
export type HandleRequest = (request: Request, face?: FaceBindings) => MaybePromise<Outcome>

/** Who may reach the fake: CORS for browsers (off by default), a token for `/__admin` (none by default). */
export interface Access {
  /** CORS on the real server's routes (never on `/__admin`: see `adminCors`). */
  readonly cors?: CorsSetting
  /**
   * The one web origin (`http://localhost:5173`, never `*`) whose pages may call `/__admin` from a
   * browser: CORS headers and preflights for it on `/__admin`, and the browser guard lets it in.
   */
  readonly adminCors?: string
  readonly adminToken?: string
  /** Whether `adminToken` was generated (beyond loopback, none given): the 401 says which. */
  readonly adminTokenGenerated?: boolean
  /**
   * The host names requests may carry in their Host header (any port); others are refused with 403.
   * Against DNS rebinding: a web page whose name resolves to 127.0.0.1 would otherwise reach a fake
   * listening on loopback with no token. Absent: any Host (the in-process and MSW faces have no port).
   */
  readonly allowedHosts?: readonly string[]
  /**
   * Refuse `/__admin` calls a web page on another origin could make (see `withAdminBrowserGuard`).
   * On for every face with a port; off in-process, where only the test process itself calls.
   */
  readonly browserGuard?: boolean
}

/** The fake's one entrance, before any access rule: its own `/__admin` surface or the real server's routes. */
export interface FrontDoor {
  readonly handle: HandleRequest
  /** Every route served: the real server's, then `/__admin`'s. */
  readonly routes: readonly RouteLine[]
}

/**
 * Sends `/__admin` calls to the admin surface and every other request through the engine (session,
 * scenario rules, journal) to the real server's routes.
 */
export function createFrontDoor(engine: MetaEngine): FrontDoor {
  // The admin routes are ones Hono's RegExpRouter refuses, so its default router searched the trie on
  // every call (`/__admin/health` is one request in nine of the soak's mix): the same trie, remembered.
  const admin = new Hono({ router: new MemoRouter() }).route(ADMIN_PREFIX, createAdminRoutes(engine))
  return {
    routes: [...engine.realServer.routes, ...listRoutes(admin)],
    handle: (request, face = {}) =>
      isAdminPath(request.url)
        ? whenReady(withBoundedAdminBody(request, face, engine.config.bodyLimit), (bounded) =>
            bounded instanceof Response ? toAnswer(bounded) : whenReady(admin.fetch(bounded, face), toAnswer),
          )
        : engine.handle(request, face),
  }
}

/**
 * The same entrance behind access rules: `/__admin` refused without the token (when there is one)
 * and, behind a port, from web pages on other origins; CORS headers on every outcome that writes
 * headers (when CORS is on; for `/__admin` only from `adminCors`). Every face that exposes the fake
 * wraps it in this, with the rules that fit where it listens.
 */
export function withAccess(handle: HandleRequest, access: Access): HandleRequest {
  const { adminToken } = access
  const tokenGuarded: HandleRequest =
    adminToken === undefined
      ? handle
      : (request, face) =>
          isAdminPath(request.url) &&
          !isPublicDashboardRequest(request) &&
          !hasAdminToken(request, adminToken)
            ? toAnswer(toAdminTokenRequired(access.adminTokenGenerated))
            : handle(request, face)
  const browserGuarded = access.browserGuard
    ? withAdminBrowserGuard(tokenGuarded, access.adminCors)
    : tokenGuarded
  const guarded = withHostCheck(browserGuarded, access.allowedHosts)
  return withCorsRules(guarded, access.cors, access.adminCors)
}

/** Refuses requests whose Host header names no allowed host (with any port). */
function withHostCheck(handle: HandleRequest, allowedHosts: readonly string[] | undefined): HandleRequest {
  if (allowedHosts === undefined) return handle
  const allowed = new Set(allowedHosts.map(toHostName))
  // A client sends the same Host on every request: remember the last one allowed.
  let lastAllowed: string | undefined
  return (request, face) => {
    const host = request.headers.get('host') ?? new URL(request.url).host
    if (host === lastAllowed) return handle(request, face)
    if (!allowed.has(toHostName(host))) return toAnswer(toHostRefused(host))
    lastAllowed = host
    return handle(request, face)
  }
}

/** `Example.com.:80` → `example.com`, `[::1]:31182` → `[::1]`, `::1` → `[::1]`. */
export function toHostName(host: string): string {
  const lower = host.trim().toLowerCase()
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1)
  if (lower.split(':').length > 2) return `[${lower}]`
  return (lower.split(':')[0] ?? '').replace(/\.$/, '')
}

/** The fake's own 403 (a code the real server never sends), in the real server's error shape. */
function toHostRefused(host: string): Response {
  const body = {
    code: 403,
    message:
      `yr-meta-mock: Host ${JSON.stringify(host)} is not allowed: on loopback without an admin token the ` +
      'fake answers only loopback names and its own host (a guard against DNS rebinding); set an admin ' +
      'token or allowedHosts to accept others',
  }
  return new Response(JSON.stringify(body), {
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
