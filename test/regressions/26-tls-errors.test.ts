import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { type RequestOptions, request } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TlsFlags } from '../../src/node/cli-args.js'
import { startServer } from '../../src/node/index.js'
import { createCertificate, LOCAL_NAMES } from '../../src/node/self-signed.js'
import { resolveTls } from '../../src/node/tls.js'

// Issue 26: TLS errors named neither the file nor the flag (a file that is not PEM gave
// "error:0480006C:PEM routines::no start line"), and clients refused by mutual TLS were never logged.

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-tls-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}
const flags = (given: Partial<TlsFlags>): TlsFlags =>
  ({ tls: true, cert: undefined, key: undefined, clientCa: undefined, ...given }) as TlsFlags

describe('TLS files', () => {
  it.each([
    ['--cert', 'not-pem.txt', { cert: 'not-pem.txt', key: 'server.key' }, 'not a PEM certificate'],
    ['--key', 'not-pem.txt', { cert: 'server.pem', key: 'not-pem.txt' }, 'not a PEM private key'],
    ['--client-ca', 'not-pem.txt', { clientCa: 'not-pem.txt' }, 'not a PEM certificate'],
    ['--cert', 'missing.pem', { cert: 'missing.pem', key: 'server.key' }, 'no such file (ENOENT)'],
  ])('name the flag %s and the file %s when it is not what the flag takes', (flag, bad, names, why) => {
    const server = createCertificate({ commonName: 'server', altNames: LOCAL_NAMES })
    file('server.pem', server.cert)
    file('server.key', server.key)
    file('not-pem.txt', 'hello\n')
    const given = Object.fromEntries(Object.entries(names).map(([key, name]) => [key, join(dir, name)]))
    expect(() => resolveTls(flags(given), '127.0.0.1')).toThrow(`${flag} ${join(dir, bad)}: ${why}`)
  })

  it('say when --key is not the key of --cert', () => {
    const one = createCertificate({ commonName: 'one' })
    const other = createCertificate({ commonName: 'other' })
    const cert = file('one.pem', one.cert)
    const key = file('other.key', other.key)
    expect(() => resolveTls(flags({ cert, key }), '127.0.0.1')).toThrow(
      `--key ${key} is not the private key of --cert ${cert}`,
    )
  })
})

describe('mutual TLS', () => {
  it('logs each client it refuses', async () => {
    const ca = createCertificate({ commonName: 'client CA' })
    const stranger = createCertificate({ commonName: 'a stranger' })
    const server = createCertificate({ commonName: 'server', altNames: LOCAL_NAMES })
    const tls = { cert: server.cert, key: server.key, clientCa: ca.cert }
    const warnings: string[] = []
    const logger = { info: () => {}, warn: (line: string) => warnings.push(line), error: () => {} }
    const running = await startServer({ port: 0, functions: 0, tls, logger })
    try {
      await expect(get(`${running.url}/healthz`, { ca: server.cert })).rejects.toThrow()
      await expect(
        get(`${running.url}/healthz`, { ca: server.cert, cert: stranger.cert, key: stranger.key }),
      ).rejects.toThrow()
      await expect.poll(() => warnings.length).toBe(2)
      for (const line of warnings)
        expect(line).toMatch(
          /^tls: refused a client \(mutual TLS, --client-ca\) from (127\.0\.0\.1:\d+|a client that already closed): \S+/,
        )
    } finally {
      await running.close()
    }
  })
})

function get(url: string, options: RequestOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ...options, agent: false }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
}
