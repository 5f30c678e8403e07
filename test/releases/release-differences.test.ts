import { describe, expect, it } from 'vitest'
import type { ServerVersion } from '../../src/contract/server-version.js'
import { createMetaService } from '../../src/index.js'
import { createBody } from '../regressions/24-support.js'

// Each difference between the releases (decision 0025), as the release's own binary answered it in its
// golden corpus (test/golden/<release>/corpus/releases.json): one test per difference, a row per release.

const FUNCTIONS = '/serverless/v1/functions'
const TENANT = { 'X-Tenant-ID': 't1' }

async function fakeOf(serverVersion: ServerVersion) {
  const service = createMetaService({ serverVersion, functions: 0, docExample: false, logLevel: 'silent' })
  await service.ready
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = TENANT,
  ) => {
    const init = body === undefined ? { method, headers } : { method, headers, body: JSON.stringify(body) }
    const response = await service.fetch(new Request(`http://fake${path}`, init))
    const text = await response.text()
    // biome-ignore lint/suspicious/noExplicitAny: answers are read deep; a wrong path fails its assertion
    return { status: response.status, json: JSON.parse(text) as Record<string, any> }
  }
  return { service, send }
}

// The admin `FunctionVersion` of 0.7.0, then what each later release inserted, in Go's key order.
const ADMIN_0_7_0 = [
  ...['createTime', 'updateTime', 'functionUrn', 'name', 'tenantId', 'businessId', 'productId'],
  ...['reversedConcurrency', 'description', 'tag', 'functionVersionUrn', 'revisionId', 'codeSize'],
  ...['codeSha256', 'bucketId', 'objectId', 'handler', 'layers', 'cpu', 'memory', 'runtime', 'timeout'],
  ...['versionNumber', 'versionDesc', 'environment', 'customResources', 'statefulFlag', 'lastModified'],
  ...['Published', 'minInstance', 'maxInstance', 'concurrentNum', 'funcLayer', 'status', 'instanceNum'],
  ...['device', 'created'],
]
const insert = (keys: string[], after: string, ...added: string[]) => {
  const at = keys.indexOf(after) + 1
  return [...keys.slice(0, at), ...added, ...keys.slice(at)]
}
const ADMIN_0_8_0 = insert(
  insert(insert(ADMIN_0_7_0, 'revisionId', 'storageType'), 'codeSha256', 'codePath'),
  'device',
  'rootfs',
)
const ADMIN_0_10_0 = insert(insert(ADMIN_0_8_0, 'concurrentNum', 'enableMetrics'), 'rootfs', 'sandboxType')
const ADMIN_KEYS: Record<ServerVersion, string[]> = {
  '0.7.0': ADMIN_0_7_0,
  '0.8.0': ADMIN_0_8_0,
  '0.10.0': ADMIN_0_10_0,
}
const ROOTFS_0_8_0 = ['runtime', 'type', 'imageurl', 'path', 'readonly', 'storageInfo', 'mountpoint']
const ROOTFS_0_10_0 = ['runtime', 'type', 'imageurl', 'user', 'ports', 'path', 'readonly']
ROOTFS_0_10_0.push('storageInfo', 'mountpoint', 'mounts')

describe('what differs between openYuanrong releases', () => {
  it.each([
    ['0.7.0', '12345678901234561234567890123456'],
    ['0.8.0', 'default'],
    ['0.10.0', 'default'],
  ] as const)('%s gives a request without X-Tenant-ID the tenant %s', async (version, tenant) => {
    const { send } = await fakeOf(version)
    const created = await send('POST', FUNCTIONS, createBody('fn'), {})
    expect(created.json.function.tenantId).toBe(tenant)
  })

  it.each([
    ['0.7.0', { 'python3.11': 200, 'python3.12': 400, 'python3.14': 400, 'custom-runtime': 200 }],
    ['0.8.0', { 'python3.13': 200, 'python3.14': 400, 'custom-runtime': 200, 'custom runtime': 400 }],
    ['0.10.0', { 'python3.14': 200, 'custom-runtime': 400, 'custom runtime': 200 }],
  ] as const)('%s takes the runtimes of its config template', async (version, statuses) => {
    const { send } = await fakeOf(version)
    const seen: Record<string, number> = {}
    for (const [index, runtime] of Object.keys(statuses).entries())
      seen[runtime] = (await send('POST', FUNCTIONS, createBody(`fn${index}`, { runtime }))).status
    expect(seen).toEqual(statuses)
  })

  it.each([
    ['0.7.0', 400],
    ['0.8.0', 200],
    ['0.10.0', 200],
  ] as const)('%s answers a create named Fn (uppercase) with %i', async (version, status) => {
    const { send } = await fakeOf(version)
    const created = await send('POST', FUNCTIONS, createBody('Fn'))
    expect(created.status).toBe(status)
    if (status === 400) expect(created.json.message).toMatch(/^format is 0@\{serviceName\}@\{funcName\}/)
  })

  it.each([
    ['0.7.0', 200],
    ['0.8.0', 500],
    ['0.10.0', 200],
  ] as const)('%s reads /functions/0@Svc@fn as a name (200) or a URN (500)', async (version, status) => {
    const { send } = await fakeOf(version)
    expect((await send('POST', FUNCTIONS, createBody('0@Svc@fn'))).status).toBe(200)
    const read = await send('GET', `${FUNCTIONS}/0@Svc@fn`)
    expect(read.status).toBe(status)
    if (status === 500)
      expect(read.json).toEqual({ code: 4104, message: 'invalid URN: 0@Svc@fn. check input parameters' })
  })

  it.each([
    ['0.7.0', { idleTime: 200, sandboxType: 200, rootfs: 200 }],
    ['0.8.0', { idleTime: 400, sandboxType: 200, rootfs: 400 }],
    ['0.10.0', { idleTime: 400, sandboxType: 400, rootfs: 400 }],
  ] as const)('%s ignores a wrong type only in a field its request lacks', async (version, statuses) => {
    const { send } = await fakeOf(version)
    const wrong = { idleTime: 'x', sandboxType: 1, rootfs: 'x' }
    const seen: Record<string, number> = {}
    for (const [field, value] of Object.entries(wrong))
      seen[field] = (
        await send('POST', FUNCTIONS, createBody(`fn-${field.toLowerCase()}`, { [field]: value }))
      ).status
    expect(seen).toEqual(statuses)
  })

  it.each([
    ['0.7.0', 200],
    ['0.8.0', 500],
    ['0.10.0', 500],
  ] as const)('%s checks a rootfs (an image without its URL: %i)', async (version, status) => {
    const { send } = await fakeOf(version)
    expect((await send('POST', FUNCTIONS, createBody('fn', { rootfs: { type: 'image' } }))).status).toBe(
      status,
    )
  })

  it.each([
    ['0.7.0', undefined],
    ['0.8.0', ROOTFS_0_8_0],
    ['0.10.0', ROOTFS_0_10_0],
  ] as const)('%s answers with its own FunctionVersion and rootfs keys', async (version, rootfsKeys) => {
    const { send } = await fakeOf(version)
    await send('POST', FUNCTIONS, createBody('fn'))
    const admin = await send('GET', `${FUNCTIONS}/fn?isAdmin=1`)
    expect(Object.keys(admin.json.result)).toEqual(ADMIN_KEYS[version])
    const user = await send('GET', `${FUNCTIONS}/fn`)
    expect(Object.keys(user.json.function)).toEqual(['id', ...ADMIN_KEYS[version]])
    expect(rootfsKeys === undefined ? undefined : Object.keys(user.json.function.rootfs)).toEqual(rootfsKeys)
  })

  it.each([
    ['0.7.0', { yrlib: undefined, faas: undefined, list: undefined }],
    ['0.8.0', { yrlib: undefined, faas: 'faas', list: 'faas' }],
    ['0.10.0', { yrlib: 'yrlib', faas: 'faas', list: 'faas' }],
  ] as const)('%s stores and shows kind as its release does', async (version, kinds) => {
    const { send } = await fakeOf(version)
    const yrlib = await send('POST', FUNCTIONS, createBody('fn-y', { kind: 'yrlib' }))
    const faas = await send('POST', FUNCTIONS, createBody('0@svc@fn', { kind: 'faas' }))
    const list = await send('GET', `${FUNCTIONS}/0@svc@fn/versions`)
    expect({
      yrlib: yrlib.json.function.kind,
      faas: faas.json.function.kind,
      list: list.json.functions[0].kind,
    }).toEqual(kinds)
  })

  it.each([
    ['0.8.0', ''],
    ['0.10.0', 'runsc'],
  ] as const)('%s defaults the runtime of a rootfs with only mounts to "%s"', async (version, runtime) => {
    const { send } = await fakeOf(version)
    const rootfs = { mounts: [{ source: '/a', target: '/b' }] }
    const created = await send('POST', FUNCTIONS, createBody('fn', { rootfs }))
    expect(created.json.function.rootfs.runtime).toBe(runtime)
  })

  it('0.10.0 shows priorityAz in list-style answers only (get never copies it)', async () => {
    const { send } = await fakeOf('0.10.0')
    await send('POST', FUNCTIONS, createBody('fn', { priorityAz: 'az1' }))
    expect((await send('GET', `${FUNCTIONS}?isAdmin=1`)).json.result.functions[0].priorityAz).toBe('az1')
    expect((await send('GET', `${FUNCTIONS}/fn?isAdmin=1`)).json.result).not.toHaveProperty('priorityAz')
  })
})
