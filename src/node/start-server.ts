import { randomUUID } from 'node:crypto'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { Server as TlsServer } from 'node:tls'
import { type Http2Bindings, type HttpBindings, serve } from '@hono/node-server'
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response'
import { ADMIN_TOKEN_ENV, adminTokenFromEnv, checkAdminToken } from '../admin/admin-token.js'
import type { MetaServiceOptions } from '../engine/meta-engine.js'
import { checkAdminCors } from '../fake/admin-browser-access.js'
import { createMetaService, type MetaService } from '../fake/create-meta-service.js'
import { type Access, type HandleRequest, withAccess } from '../fake/front-door.js'
import type { MaybePromise } from '../support/maybe-promise.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import type { Outcome } from '../wire/outcome.js'
import { answerAsteriskTargets } from './asterisk-target.js'
import { type StopOptions, trackForGracefulStop } from './graceful-stop.js'
import { toServerUrl } from './server-url.js'
import { logTlsRefusals, type TlsServerOptions, toHttpsOptions } from './tls.js'

/** The real server's port. */
export const DEFAULT_PORT = 31182
/** Loopback only, unless told otherwise. */
export const DEFAULT_HOST = '127.0.0.1'

/** Where and what to serve: a service of your own, or options to build one. */
export interface StartServerOptions extends MetaServiceOptions {
  /** 0 picks a free port. */
  readonly port?: number
  readonly host?: string
  readonly service?: MetaService
  /**
   * Lets @hono/node-server replace the global `Request` and `Response` with its own lighter ones,
   * which it writes to the socket without going through streams (several times the throughput).
   * The CLI turns it on; inside a test process it stays off so that the process's `fetch` and MSW
   * keep the globals they expect.
   */
  readonly fastResponses?: boolean
  /** Serve https with this certificate; with `clientCa`, clients must present a certificate. */
  readonly tls?: TlsServerOptions
  /**
   * Host names (Host header, any port) accepted besides loopback names and `host`. On loopback with
   * no admin token only those are answered, against DNS rebinding; given, the check applies anywhere.
   */
  readonly allowedHosts?: readonly string[]
}

/** A fake meta_service listening on a real port. */
export interface RunningServer {
  readonly url: string
  readonly port: number
  readonly host: string
  readonly service: MetaService
  /** The token `/__admin` calls need, when the server listens beyond loopback. */
  readonly adminToken: string | undefined
  /** Whether the token was generated here (the CLI prints only a generated one, never a given one). */
  readonly adminTokenGenerated: boolean
  /**
   * Stops accepting connections, lets requests in flight finish (2 s unless `graceMs` says
   * otherwise), then closes every connection, keep-alive ones included.
   */
  close(options?: StopOptions): Promise<void>
}

/**
 * Go's net/http reads request headers up to `DefaultMaxHeaderBytes` (1 MiB) plus 4 KiB of slack; Node
 * stops at 16 KiB by default, answering 431 to headers the real server takes.
 */
const GO_MAX_HEADER_BYTES = (1 << 20) + 4096

/** The port asked for is taken; `message` is one line, fit for a CLI. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError'
  constructor(
    readonly port: number,
    readonly host: string,
  ) {
    super(`port ${port} on ${host} is already in use; choose another with --port (0 picks a free one)`)
  }
}

/**
 * Serves a fake meta_service over HTTP. The server decides what it exposes: it applies the admin
 * token and CORS to whatever service it serves (one of its own or one given), and beyond loopback
 * `/__admin` always needs a token. A dropped connection destroys the socket without writing
 * anything, as the real server does when a handler panics.
 * @example const server = await startServer({ port: 0 }); await server.close()
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST
  const service = options.service ?? createMetaService(options)
  const access = toServerAccess(options, service, host)
  const handle = withAccess(service.handle, access)
  await service.ready
  const server = serve({
    fetch: (request: Request, env: HttpBindings | Http2Bindings) =>
      carryOut(handle, service.engine.config.bodyLimit, request, env),
    port: options.port ?? DEFAULT_PORT,
    hostname: host,
    overrideGlobalObjects: options.fastResponses ?? false,
    ...(options.tls
      ? {
          createServer: createHttpsServer,
          serverOptions: { ...toHttpsOptions(options.tls), maxHeaderSize: GO_MAX_HEADER_BYTES },
        }
      : { serverOptions: { maxHeaderSize: GO_MAX_HEADER_BYTES } }),
  })
  answerAsteriskTargets(server, handle)
  // With options.tls the server is https.createServer's: a tls.Server.
  if (options.tls)
    logTlsRefusals(server as TlsServer, options.tls.clientCa !== undefined, (line) =>
      service.engine.log.warn(line),
    )
  const stopper = trackForGracefulStop(server)
  await waitForListening(server, options.port ?? DEFAULT_PORT, host)
  const { port } = server.address() as AddressInfo
  return {
    url: toServerUrl(host, port, options.tls !== undefined),
    port,
    host,
    service,
    adminToken: access.adminToken,
    adminTokenGenerated: access.adminTokenGenerated,
    close: (stopOptions) => stopper.stop(stopOptions),
  }
}

/** Whether an address is loopback only (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

export { ADMIN_TOKEN_ENV }

/** Host names that always mean this machine. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]']

/**
 * The access rules of this server: the options' own, else the service's, else the environment's;
 * beyond loopback a token is generated when none is given, since anyone who can reach the port
 * could reset or rewrite the fake. On loopback with no token, only loopback Host names are answered.
 */
function toServerAccess(
  options: StartServerOptions,
  service: MetaService,
  host: string,
): Access & { adminTokenGenerated: boolean } {
  const given = checkAdminToken(options.adminToken) ?? service.access.adminToken ?? adminTokenFromEnv()
  const adminToken = given ?? (isLoopback(host) ? undefined : randomUUID())
  const checkHost = options.allowedHosts !== undefined || (isLoopback(host) && adminToken === undefined)
  return {
    cors: options.cors ?? service.access.cors,
    adminCors: checkAdminCors(options.adminCors) ?? service.access.adminCors,
    // A port can be reached by any web page the user opens: /__admin answers none of them.
    browserGuard: true,
    adminToken,
    adminTokenGenerated: given === undefined && adminToken !== undefined,
    allowedHosts: checkHost ? [...LOOPBACK_NAMES, host, ...(options.allowedHosts ?? [])] : undefined,
  }
}

/**
 * Answers a request and carries out its outcome on the socket. An answer that needed no waiting is
 * returned at once: @hono/node-server then writes it without awaiting a promise.
 */
function carryOut(
  handle: HandleRequest,
  bodyLimit: number,
  request: Request,
  env: HttpBindings | Http2Bindings,
): MaybePromise<Response> {
  const bindings = readBodyFromSocket(request.method, env.incoming, bodyLimit)
  // Not `whenReady`: no closures for the requests answered at once.
  const outcome =
    bindings instanceof Promise ? bindings.then((face) => handle(request, face)) : handle(request, bindings)
  return outcome instanceof Promise
    ? outcome.then((done) => toSocketAction(done, env))
    : toSocketAction(outcome, env)
}

/** The response to write, or (for a fault) the fault carried out on the socket. */
function toSocketAction(outcome: Outcome, env: HttpBindings | Http2Bindings): Response {
  if (outcome.kind === 'answer') return outcome.response
  if (outcome.kind === 'truncate') return writeTruncated(outcome, env)
  // The socket first, then the request at once: a request destroyed while its socket is open waits
  // for the socket's close with `finished()`, which builds an ERR_STREAM_PREMATURE_CLOSE error and its
  // stack; one destroyed only when the socket closes gets an error whose stack Node formats (~10 µs
  // per drop). Both profiled under the soak's mix.
  env.outgoing.socket?.destroy()
  env.incoming.destroy()
  return RESPONSE_ALREADY_SENT
}

/** Writes the headers (announcing the whole length) and part of the body, then cuts the connection. */
function writeTruncated(
  { response, sent }: Extract<Outcome, { kind: 'truncate' }>,
  env: HttpBindings | Http2Bindings,
): Response {
  const outgoing = env.outgoing as HttpBindings['outgoing']
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  outgoing.write(sent, () => outgoing.socket?.destroy())
  return RESPONSE_ALREADY_SENT
}

type Incoming = HttpBindings['incoming'] | Http2Bindings['incoming']

/**
 * The body, read straight from the socket: a GET's (the Fetch `Request` the adapter builds drops
 * it), and any body whose announced length is within the limit (reading it through the adapter's
 * `Request` would make it build a full one, a third of a request's cost). Other bodies are left to
 * the pipeline, which reads the `Request`'s stream within the limit.
 */
function readBodyFromSocket(method: string, incoming: Incoming, limit: number): MaybePromise<FaceBindings> {
  const length = Number(incoming.headers['content-length'] ?? 0)
  const chunked = incoming.headers['transfer-encoding'] !== undefined
  const readNow = method === 'GET' ? length > 0 || chunked : length > 0 && length <= limit && !chunked
  const rawTarget = toRawTarget(incoming.url)
  if (readNow) return readWithin(incoming, limit, rawTarget)
  const face: FaceBindings = { fromSocket: true, rawHeaders: incoming.rawHeaders }
  return rawTarget === undefined ? face : Object.assign(face, { rawTarget })
}

/**
 * The target as sent, when the adapter's `Request` would hold another one: it removes dot
 * segments, and `%`, `#` and an absolute form are read differently by Go (`go-request-target.ts`).
 */
function toRawTarget(url: string | undefined): string | undefined {
  return url !== undefined && TARGET_GO_READS_ITS_OWN_WAY.test(url) ? url : undefined
}

const TARGET_GO_READS_ITS_OWN_WAY = /^[^/]|[%#]|\/\.\.?(?:[/?]|$)/

/**
 * The incoming body up to the body limit (past it, the rest is let through unread: a GET's body is
 * ignored, as gin does, and the connection stays usable). Listeners, not `for await`: the stream's
 * async iterator cost several microseconds per write.
 */
function readWithin(incoming: Incoming, limit: number, rawTarget?: string): Promise<FaceBindings> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const stop = () => {
      incoming.off('data', onData)
      incoming.off('end', onEnd)
      incoming.off('error', onError)
      incoming.off('close', onClose)
    }
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += bytes.byteLength
      if (size <= limit) return void chunks.push(bytes)
      stop()
      resolve({ fromSocket: true, rawHeaders: incoming.rawHeaders, bodyTooLarge: true, rawTarget })
    }
    const onEnd = () => {
      stop()
      resolve({
        fromSocket: true,
        rawHeaders: incoming.rawHeaders,
        body: Buffer.concat(chunks).toString('utf8'),
        bodyBytes: size,
        rawTarget,
      })
    }
    const onError = (error: Error) => {
      stop()
      reject(error)
    }
    const onClose = () => onError(new Error('the request closed before its body ended'))
    incoming.on('data', onData)
    incoming.on('end', onEnd)
    incoming.on('error', onError)
    incoming.on('close', onClose)
  })
}

type NodeServer = ReturnType<typeof serve>

function waitForListening(server: NodeServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('listening', () => resolve())
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, host) : error)
    })
  })
}
