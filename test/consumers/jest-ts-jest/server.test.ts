import { expect, it } from '@jest/globals'
import { type AdminClient, fileSessionHeaders, useTestClient } from 'yr-meta-mock/jest'

const fake: AdminClient = useTestClient()

it('serves a real server from globalSetup, in a session of its own', async () => {
  const response = await fake.fetch('/serverless/v1/functions?name=hello2')
  const body = (await response.json()) as { result: { total: number } }
  expect(body.result.total).toBe(2)
  await expect(fake).toHaveReceived({ method: 'GET', query: { name: 'hello2' } }, { times: 1 })
})

it("puts the consumer's own client in the same session", async () => {
  await fetch(`${process.env.YR_META_MOCK_URL}/serverless/v1/functions/0@faaspy@hello2/versions`, {
    headers: fileSessionHeaders(),
  })
  const check: Promise<void> = expect(fake).toHaveReceived({ path: '*/versions' }, { times: 1 })
  await check
})

it('types the matcher: a promise on an admin client, never the received value', () => {
  // @ts-expect-error the matcher does not return the client it was given
  const wrong: AdminClient = expect(fake).not.toHaveReceived({ method: 'PATCH' })
  return wrong as unknown as Promise<void>
})
