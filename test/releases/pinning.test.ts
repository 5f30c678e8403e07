import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SERVER_VERSIONS, type ServerVersion } from '../../src/contract/server-version.js'
import { detectServerVersion } from '../../src/import/detect-server-version.js'
import { importTenant } from '../../src/import/import-tenant.js'
import { toImportedFixture } from '../../src/import/to-imported-fixture.js'
import type { Transport } from '../../src/import/transport.js'
import { createMetaService, type MetaService } from '../../src/index.js'
import { createHandlers } from '../../src/msw/index.js'
import { toBannerLines, toReadyLine } from '../../src/node/banner.js'
import { CliUsageError, parseCliArgs } from '../../src/node/cli-args.js'
import { startServer } from '../../src/node/index.js'
import { parseScenario } from '../../src/scenarios/parse-scenario.js'

// A consumer pins a release everywhere it configures the fake: code, CLI, fixture, MSW; import tells
// it from the server's answers. Each check reads a difference (0.7.0's default tenant, 0.8.0's
// missing enableMetrics) so that a release that is not applied fails it.

const OLD_TENANT = '12345678901234561234567890123456'
const fakeOf = (options: Parameters<typeof createMetaService>[0]) =>
  createMetaService({ functions: 1, docExample: false, logLevel: 'silent', ...options })

async function defaultTenantOf(service: MetaService): Promise<string> {
  const answer = await service.fetch(new Request('http://fake/serverless/v1/functions?pageSize=1'))
  const body = (await answer.json()) as { result: { functions: { tenantId: string }[] | null } }
  return body.result.functions?.[0]?.tenantId ?? '(none)'
}

describe('pinning a release', () => {
  it('in code: createMetaService({ serverVersion }), the newest by default', async () => {
    expect(await defaultTenantOf(fakeOf({ serverVersion: '0.7.0' }))).toBe(OLD_TENANT)
    expect(await defaultTenantOf(fakeOf({}))).toBe('default')
    expect(fakeOf({}).engine.serverVersion).toBe('0.10.0')
    expect(() => fakeOf({ serverVersion: '0.9.0' as ServerVersion })).toThrow(
      'serverVersion must be 0.7.0, 0.8.0 or 0.10.0, not "0.9.0"',
    )
  })

  it('on the command line: --server-version, with or without the tag`s v', () => {
    const serve = (args: string[]) => parseCliArgs(args) as { serverVersion?: string }
    expect(serve(['--server-version', 'v0.8.0']).serverVersion).toBe('0.8.0')
    expect(serve(['--server-version', '0.7.0']).serverVersion).toBe('0.7.0')
    expect(serve([]).serverVersion).toBeUndefined()
    expect(() => parseCliArgs(['--server-version', '0.9'])).toThrow(CliUsageError)
    expect(() => parseCliArgs(['--server-version', '0.9'])).toThrow(/takes 0\.7\.0, 0\.8\.0 or 0\.10\.0/)
  })

  it('in a fixture: "serverVersion", which wins over the option while its scenario is active', async () => {
    const old = { name: 'old', serverVersion: '0.7.0' as const }
    const service = fakeOf({ serverVersion: '0.8.0', scenarios: [old] })
    expect(await defaultTenantOf(service)).toBe('default')
    await service.useScenario('old')
    expect(service.engine.serverVersion).toBe('0.7.0')
    expect(await defaultTenantOf(service)).toBe(OLD_TENANT)
    await service.useScenario(undefined)
    expect(service.engine.serverVersion).toBe('0.8.0')
  })

  it('in a fixture: a value the fake does not know is refused, naming the key', () => {
    expect(() => parseScenario({ name: 's', serverVersion: '0.9.0' }, 'fixtures/s.json')).toThrow(
      /fixtures\/s\.json at \/serverVersion: .*"0\.7\.0"\|"0\.8\.0"\|"0\.10\.0"/,
    )
  })

  it('in a fixture: a hot reload that changes the release rebuilds the data', async () => {
    const service = fakeOf({ scenarios: [{ name: 's' }], scenario: 's' })
    expect(await defaultTenantOf(service)).toBe('default')
    const summary = await service.engine.reloadScenarios([
      parseScenario({ name: 's', serverVersion: '0.7.0' }, 's'),
    ])
    expect(summary.data).toBe('rebuilt')
    expect(await defaultTenantOf(service)).toBe(OLD_TENANT)
  })

  describe('through MSW: handlers of a service built for the release', () => {
    const server = setupServer(
      ...createHandlers(fakeOf({ serverVersion: '0.8.0' }), { baseUrl: 'http://meta.pinned.test' }),
    )
    beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
    afterAll(() => server.close())

    it('answers as 0.8.0: no enableMetrics in a function', async () => {
      const answer = await fetch('http://meta.pinned.test/serverless/v1/functions?pageSize=1')
      const text = await answer.text()
      expect(text).toContain('"rootfs":{')
      expect(text).not.toContain('enableMetrics')
    })
  })

  it('on the Node face: it answers as the release, and the ready line and banner name it', async () => {
    const server = await startServer({ port: 0, functions: 0, serverVersion: '0.7.0', logLevel: 'silent' })
    try {
      const answer = await fetch(`${server.url}/serverless/v1/functions/Fn/versions`)
      expect(answer.status).toBe(500)
      const facts = {
        version: 'x',
        server,
        tls: undefined,
        tlsFlags: undefined,
        tokenGiven: false,
        sessionsMax: 1,
      }
      expect(JSON.parse(toReadyLine(facts)).serverVersion).toBe('0.7.0')
      expect(toBannerLines(facts)[1]).toMatch(/^answers as openYuanrong 0\.7\.0's meta_service/)
    } finally {
      await server.close()
    }
  })
})

/** A transport to a fake in-process, as import uses one to a real server. */
function transportTo(service: MetaService): Transport {
  return async (method, path, headers) => {
    const response = await service.fetch(new Request(`http://real.test${path}`, { method, headers }))
    return { status: response.status, body: await response.text() }
  }
}

describe('import tells the release from the answers', () => {
  it.each(SERVER_VERSIONS)('of a %s server', async (version) => {
    expect(await detectServerVersion(transportTo(fakeOf({ serverVersion: version })), 'imp')).toBe(version)
  })

  it('and writes it into the fixture, which then answers as that release', async () => {
    const source = fakeOf({ serverVersion: '0.8.0', functions: 0 })
    const create = { name: 'fn', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30 }
    const headers = { 'x-tenant-id': 'imp' }
    await source.fetch(
      new Request('http://real.test/serverless/v1/functions', {
        method: 'POST',
        headers,
        body: JSON.stringify(create),
      }),
    )
    const imported = await importTenant({ send: transportTo(source), tenant: 'imp' })
    const fixture = toImportedFixture(imported, { from: 'http://real.test', tenant: 'imp', name: 'imp' })
    expect(fixture.serverVersion).toBe('0.8.0')
    const copy = createMetaService({ scenarios: [fixture], scenario: 'imp', logLevel: 'silent' })
    const read = (service: MetaService) =>
      service
        .fetch(new Request('http://real.test/serverless/v1/functions/fn', { headers }))
        .then((r) => r.text())
    expect(await read(copy)).toBe(await read(source))
  })

  it('or takes it as given, asking nothing', async () => {
    const asked: string[] = []
    const send: Transport = async (method, path, headers, body) => {
      asked.push(path)
      return transportTo(fakeOf({ functions: 0 }))(method, path, headers, body)
    }
    const imported = await importTenant({ send, tenant: 'imp', serverVersion: '0.7.0' })
    expect(imported.serverVersion).toBe('0.7.0')
    expect(asked.filter((path) => path.includes('/Fn/'))).toEqual([])
  })
})
