import { expect, it } from '@jest/globals'
import { useTestClient } from 'yr-meta-mock/jest'

const fake = useTestClient()

it('serves a real server from globalSetup, in a session of its own', async () => {
  const response = await fake.fetch('/serverless/v1/functions?name=hello2')
  const body = await response.json()
  expect(body.result.total).toBe(2)
  await expect(fake).toHaveReceived({ method: 'GET', query: { name: 'hello2' } }, { times: 1 })
})
