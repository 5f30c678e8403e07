import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { ServerOptions } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server as TlsServer } from 'node:tls'
import { createCertificate, LOCAL_NAMES } from './self-signed.js'
import type { TlsFlags } from './tls-flags.js'

/** What `startServer` needs to serve https (a subset of `https.createServer`'s options). */
export interface TlsServerOptions {
  readonly cert: string | Buffer
  readonly key: string | Buffer
  /** Client certificates must be signed by this CA (mutual TLS, as meta_service's sslEnable). */
  readonly clientCa?: string | Buffer
}

/** The https options for a server, and the file a client should trust. */
export interface ResolvedTls {
  readonly server: TlsServerOptions
  /** The certificate file: the one given with --cert, or the generated one. */
  readonly certFile: string
  readonly generated: boolean
}

/** Node's https options for these settings: clients without a certificate from the CA are refused. */
export function toHttpsOptions(tls: TlsServerOptions): ServerOptions {
  if (tls.clientCa === undefined) return { cert: tls.cert, key: tls.key }
  return { cert: tls.cert, key: tls.key, ca: tls.clientCa, requestCert: true, rejectUnauthorized: true }
}

/**
 * Reads --cert/--key/--client-ca, or generates a self-signed certificate for localhost, 127.0.0.1
 * and ::1 (plus the bind address) and writes it to a temporary file so clients can trust it. The
 * file is removed when the process exits.
 */
export function resolveTls(flags: TlsFlags, host: string): ResolvedTls {
  const clientCa = flags.clientCa === undefined ? undefined : readCertificate('--client-ca', flags.clientCa)
  if (flags.cert !== undefined && flags.key !== undefined) {
    const cert = readCertificate('--cert', flags.cert)
    const key = readPem('--key', flags.key)
    checkKeyMatches(new X509Certificate(cert), toPrivateKey(key, flags.key), flags)
    return {
      server: { cert, key, clientCa },
      certFile: flags.cert,
      generated: false,
    }
  }
  const altNames = LOCAL_NAMES.includes(host as (typeof LOCAL_NAMES)[number])
    ? [...LOCAL_NAMES]
    : [...LOCAL_NAMES, host]
  const pair = createCertificate({ commonName: 'yr-meta-mock', altNames })
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-tls-'))
  const certFile = join(dir, 'cert.pem')
  writeFileSync(certFile, pair.cert)
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  return { server: { cert: pair.cert, key: pair.key, clientCa }, certFile, generated: true }
}

/** A PEM file read now, so a wrong path fails at start with the flag's name. */
export class TlsFileError extends Error {
  override readonly name = 'TlsFileError'
}

function readPem(flag: string, path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : 'cannot be read'
    throw new TlsFileError(`${flag} ${path}: ${why} (${code}); ${flag} takes a PEM file`)
  }
}

/** A PEM certificate (the first of a CA bundle is checked); else the error names the flag and file. */
function readCertificate(flag: string, path: string): Buffer {
  const pem = readPem(flag, path)
  try {
    new X509Certificate(pem)
  } catch (error) {
    throw new TlsFileError(
      `${flag} ${path}: not a PEM certificate ("-----BEGIN CERTIFICATE-----"): ${(error as Error).message}`,
    )
  }
  return pem
}

function toPrivateKey(pem: Buffer, path: string): KeyObject {
  try {
    return createPrivateKey(pem)
  } catch (error) {
    throw new TlsFileError(`--key ${path}: not a PEM private key: ${(error as Error).message}`)
  }
}

function checkKeyMatches(cert: X509Certificate, key: KeyObject, flags: TlsFlags): void {
  if (!cert.checkPrivateKey(key))
    throw new TlsFileError(`--key ${flags.key} is not the private key of --cert ${flags.cert}`)
}

/**
 * Logs each TLS handshake the server refused (a client without a certificate, or one not signed
 * by --client-ca; a plain-HTTP request to the https port): otherwise the client alone sees it.
 */
export function logTlsRefusals(server: TlsServer, mutual: boolean, warn: (line: string) => void): void {
  server.on('tlsClientError', (error, socket) => {
    const code = (error as NodeJS.ErrnoException).code ?? error.message
    // A client that hung up first has no address left to name.
    const who =
      socket.remoteAddress === undefined
        ? 'a client that already closed'
        : `${socket.remoteAddress}:${socket.remotePort}`
    const what = mutual ? 'refused a client (mutual TLS, --client-ca)' : 'a TLS handshake failed'
    warn(`tls: ${what} from ${who}: ${code}`)
  })
}
