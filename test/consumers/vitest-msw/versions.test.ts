import { HttpResponse, http } from 'msw'
import { expect, it } from 'vitest'
import { metaMock } from './vitest.setup.js'

const META = 'http://127.0.0.1:31182'

it("answers the documentation's example", async () => {
  const response = await fetch(
    `${META}/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=1`,
  )
  const body = await response.json()
  expect(body.functions[0].versionNumber).toBe('$latest')
  expect(body.pageInfo).toEqual({ pageIndex: '1', pageSize: '1', total: 2 })
  expect(metaMock.service).toHaveReceived(
    { method: 'GET', path: '/serverless/v1/functions/:name/versions' },
    { times: 1 },
  )
})

it('keeps state within a test and resets it after', async () => {
  const create = await fetch(`${META}/serverless/v1/functions`, {
    method: 'POST',
    body: JSON.stringify({
      name: 'created-in-test',
      runtime: 'python3.9',
      cpu: 500,
      memory: 256,
      timeout: 30,
    }),
  })
  expect(create.status).toBe(200)
  expect((await fetch(`${META}/serverless/v1/functions/created-in-test`)).status).toBe(200)
})

it('starts the next test from the baseline', async () => {
  expect((await fetch(`${META}/serverless/v1/functions/created-in-test`)).status).toBe(404)
})

it('lets a test override one answer with MSW', async () => {
  metaMock.server.use(
    http.get(`${META}/serverless/v1/functions/:name/versions`, () =>
      HttpResponse.json({ code: 122002 }, { status: 500 }),
    ),
  )
  expect((await fetch(`${META}/serverless/v1/functions/0@faaspy@hello2/versions`)).status).toBe(500)
})

it('fails requests nothing handles', async () => {
  await expect(fetch('http://elsewhere.test/')).rejects.toThrow()
})
