import { SERVER_VERSION_LIST } from '../contract/server-version.js'
import { isWildcard } from './server-url.js'
import type { RunningServer } from './start-server.js'
import type { ResolvedTls } from './tls.js'
import type { TlsFlags } from './tls-flags.js'

/** What the CLI was started with, as far as the banner tells it. */
export interface BannerFacts {
  readonly version: string
  readonly server: RunningServer
  readonly tls: ResolvedTls | undefined
  readonly tlsFlags: TlsFlags | undefined
  /** Whether the admin token came from --admin-token (then it is never printed). */
  readonly tokenGiven: boolean
  readonly sessionsMax: number
  /** --proxy: the real server every request the rules leave goes to. */
  readonly proxy?: string
  /** --record: the fixture file written. */
  readonly record?: string
}

/**
 * The first line on stdout, one JSON object, for programs that start the CLI with `--port 0`:
 * `{"url":"http://127.0.0.1:40125","port":40125,...}`. It is always the first line and always one line.
 */
export function toReadyLine(facts: BannerFacts): string {
  const { server, tls } = facts
  return JSON.stringify({
    event: 'listening',
    url: server.url,
    port: server.port,
    host: server.host,
    tls: tls !== undefined,
    ...(tls ? { certFile: tls.certFile } : {}),
    pid: process.pid,
    version: facts.version,
    serverVersion: facts.server.service.engine.serverVersion,
  })
}

/** The human banner: where it listens, what it serves, how /__admin and TLS are set. */
export function toBannerLines(facts: BannerFacts): string[] {
  const { server } = facts
  const engine = server.service.engine
  const where = isWildcard(server.host) ? ` (bound to ${server.host}: every interface)` : ''
  return [
    `yr-meta-mock ${facts.version} listening on ${server.url}${where}`,
    `answers as openYuanrong ${engine.serverVersion}'s meta_service (--server-version: ${SERVER_VERSION_LIST})`,
    facts.proxy === undefined
      ? `serving ${describeData(server)}; sessions: up to ${facts.sessionsMax} (x-mock-session)`
      : `proxy: every request the scenario rules leave goes to ${facts.proxy} (the fake's own data is ` +
        'not served; an upstream not reached answers 502 {"message":"failed to access meta service"}, logged)',
    ...(facts.record === undefined
      ? []
      : [`record: ${facts.record}, rewritten whole within 1 s of each exchange and on exit`]),
    `/__admin: ${describeAdmin(facts)}`,
    ...(facts.tls ? [`tls: ${describeTls(facts.tls, facts.tlsFlags)}`] : []),
    `scenario: ${engine.scenarios.active?.scenario.name ?? '(none)'}`,
  ]
}

function describeData(server: RunningServer): string {
  const engine = server.service.engine
  const store = engine.defaultState.store
  // One record per function: its records all share its tenant and name (the large data set has
  // 99,202 records in 18,002 functions, and listing them all took ~80 ms of its start).
  const names = new Set<string>()
  for (const record of store.newestOfEachFunction()) names.add(`${record.tenantId}\u0000${record.name}`)
  const { seed, functions: generated, docExample, fixtures } = engine.baseline
  const made = [
    `seed ${seed}: ${generated} generated`,
    ...(docExample ? ["the docs' example"] : []),
    ...(fixtures.length > 0 ? [`${fixtures.length} loaded`] : []),
  ].join(' + ')
  return `${names.size} functions, ${store.recordCount} version records (${made})`
}

function describeAdmin(facts: BannerFacts): string {
  const token = facts.server.adminToken
  if (token === undefined)
    return 'open (loopback only; beyond loopback it needs a token); writes need JSON or x-mock-admin: 1, web pages on other origins are refused'
  if (facts.tokenGiven)
    return 'needs the admin token you gave (--admin-token or YR_META_MOCK_ADMIN_TOKEN; Authorization: Bearer <token>)'
  return `needs "Authorization: Bearer ${token}" (generated: listening beyond loopback)`
}

function describeTls(tls: ResolvedTls, flags: TlsFlags | undefined): string {
  const cert = tls.generated
    ? `self-signed certificate for localhost, 127.0.0.1, ::1 in ${tls.certFile} (trust it as the CA file)`
    : `certificate ${tls.certFile}`
  const clients = flags?.clientCa
    ? `; client certificates required, signed by ${flags.clientCa}`
    : '; no client certificate asked'
  return cert + clients
}
