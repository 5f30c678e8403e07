/**
 * The URL a client on this machine can use. A wildcard bind (0.0.0.0, ::) is not an address to
 * connect to, so the URL names loopback instead; the server still listens on every interface.
 * @example toServerUrl('0.0.0.0', 8080, false) // 'http://127.0.0.1:8080'
 */
export function toServerUrl(host: string, port: number, tls: boolean): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host
  const urlHost = reachable.includes(':') ? `[${reachable}]` : reachable
  return `${tls ? 'https' : 'http'}://${urlHost}:${port}`
}

/** Whether the address binds every interface. */
export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::'
}
