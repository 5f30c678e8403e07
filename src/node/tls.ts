import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { ServerOptions } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
  const clientCa = flags.clientCa === undefined ? undefined : readPem('--client-ca', flags.clientCa)
  if (flags.cert !== undefined && flags.key !== undefined) {
    return {
      server: { cert: readPem('--cert', flags.cert), key: readPem('--key', flags.key), clientCa },
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
    throw new TlsFileError(`${flag} ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`)
  }
}
