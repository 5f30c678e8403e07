import { expect, it } from 'vitest'
import { type Api, describeEveryFace } from '../../support/every-face.js'
import { createBody } from './requests.js'

type Fn = Record<string, unknown>

/** The official CLI's route: the frontend proxy prefix, a tenant header, kind faas. */
const ADMIN = '/admin/v1/functions'

async function runWorkflow(api: Api, tenant: string): Promise<string[]> {
  const headers = { 'X-Tenant-Id': tenant }
  const name = '0@svc@shared-name'
  const path = `${ADMIN}/${name}`
  const created = await api.call<{ function: Fn }>(
    'POST',
    ADMIN,
    createBody({ name, description: tenant }),
    headers,
  )
  expect(created.status).toBe(200)
  const got = await api.call<{ function: Fn }>('GET', path, undefined, headers)
  expect(got.body.function.description).toBe(tenant)
  const updated = await api.call<{ result: Fn }>(
    'PUT',
    path,
    {
      revisionId: got.body.function.revisionId,
      cpu: 700,
      memory: 256,
      timeout: 30,
      description: `${tenant}!`,
    },
    headers,
  )
  const revisionId = updated.body.result.revisionId
  for (const versionNumber of ['1', '2', '3']) {
    const published = await api.call('POST', `${path}/versions`, { revisionId, versionNumber }, headers)
    expect(published.status).toBe(200)
  }
  expect((await api.call('DELETE', `${path}?versionNumber=2`, undefined, headers)).status).toBe(200)
  const listed = await api.call<{ functions: Fn[]; pageInfo: Fn }>(
    'GET',
    `${path}/versions`,
    undefined,
    headers,
  )
  expect(listed.body.functions.every((f) => f.description === `${tenant}!` && f.tenantId === tenant)).toBe(
    true,
  )
  return listed.body.functions.map((f) => f.versionNumber as string)
}

describeEveryFace('the whole lifecycle', {}, (api) => {
  it('runs create, get, update, publish x3, delete a version, list, in two tenants at once', async () => {
    const [a, b] = await Promise.all([runWorkflow(api(), 'tenant-a'), runWorkflow(api(), 'tenant-b')])
    expect(a).toEqual(['$latest', '3', '1'])
    expect(b).toEqual(['$latest', '3', '1'])
    for (const tenant of ['tenant-a', 'tenant-b']) {
      const headers = { 'X-Tenant-Id': tenant }
      expect((await api().call('DELETE', `${ADMIN}/0@svc@shared-name`, undefined, headers)).status).toBe(200)
      const gone = await api().call<{ pageInfo: Fn }>(
        'GET',
        `${ADMIN}/0@svc@shared-name/versions`,
        undefined,
        headers,
      )
      expect(gone.body.pageInfo.total).toBe(0)
    }
  })

  it('serves the official CLI flow: kind faas, versionNumber queries, delete ?versionNumber=latest', async () => {
    const headers = { 'X-Tenant-Id': 'cli-user' }
    const deployed = await api().call<{ function: Fn }>('POST', ADMIN, createBody({ kind: 'faas' }), headers)
    const revisionId = deployed.body.function.revisionId
    const published = await api().call<{ function: Fn }>(
      'POST',
      `${ADMIN}/0@svc@hello/versions`,
      { revisionId, kind: 'faas', versionNumber: 'v1' },
      headers,
    )
    expect(published.body.function.versionNumber).toBe('v1')
    const queried = await api().call<{ function: Fn }>(
      'GET',
      `${ADMIN}/0@svc@hello?versionNumber=v1`,
      undefined,
      headers,
    )
    expect(queried.body.function.id).toBe('sn:cn:yrk:cli-user:function:0@svc@hello:v1')
    const listed = await api().call<{ result: { functions: Fn[] } }>(
      'GET',
      `${ADMIN}?name=hello`,
      undefined,
      headers,
    )
    expect(
      listed.body.result.functions.map((f) => `${(f.name as string).slice(2)}:${f.versionNumber}`),
    ).toEqual(['svc@hello:latest', 'svc@hello:v1'])
    expect(
      (await api().call('DELETE', `${ADMIN}/0@svc@hello?versionNumber=latest`, undefined, headers)).status,
    ).toBe(200)
    expect(
      (await api().call('GET', `${ADMIN}/0@svc@hello?versionNumber=v1`, undefined, headers)).status,
    ).toBe(404)
  })
})
