import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runImportCommand } from '../../src/node/import-command.js'
import { startServer } from '../../src/node/index.js'

// Issue 26: `import` of a tenant that does not exist wrote an empty fixture and exited 0; pointed
// at the frontend it failed with a bare 404.

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-import-'))
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
})
afterEach(() => {
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

/** A stand-in for the frontend forwarder: /admin/v1 only, gin's bare 404 elsewhere. */
async function startFrontend(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/admin/v1/functions')) {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      response.end('{"code":0,"message":"","result":{"functions":[],"total":0}}')
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' })
      response.end('404 page not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

describe('import', () => {
  it('refuses a tenant with no functions, writing nothing', async () => {
    const real = await startServer({ port: 0, functions: 0, docExample: false, logLevel: 'silent' })
    const out = join(dir, 'nobody.json')
    try {
      await expect(
        runImportCommand(['--from', real.url, '--tenant', 'nobody', '--out', out]),
      ).rejects.toThrow(`tenant "nobody" has no functions on ${real.url}`)
      expect(existsSync(out)).toBe(false)
    } finally {
      await real.close()
    }
  })

  it('says it was pointed at the frontend, and which URL to give instead', async () => {
    const frontend = await startFrontend()
    const out = join(dir, 'team.json')
    try {
      const imported = runImportCommand(['--from', frontend.url, '--tenant', 'team', '--out', out])
      await expect(imported).rejects.toThrow(`${frontend.url} is the openYuanrong frontend`)
      await expect(imported).rejects.toThrow("give meta_service's own URL with --from")
      expect(existsSync(out)).toBe(false)
    } finally {
      frontend.server.close()
    }
  })
})
