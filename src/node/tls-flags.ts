/** The TLS flags: `--tls`, `--cert`/`--key`, `--client-ca` (paths, not read yet). */
export interface TlsFlags {
  readonly cert: string | undefined
  readonly key: string | undefined
  readonly clientCa: string | undefined
}
