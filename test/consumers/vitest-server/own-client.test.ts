import { expect, inject, it } from 'vitest'
import { fileSessionHeaders, useTestClient } from 'yr-meta-mock/vitest'

// The consumer's own client (here plain fetch) joins this file's session with one header.
it("puts the consumer's own client in the file's session", async () => {
  const response = await fetch(`${inject('yrMetaMockUrl')}/serverless/v1/functions?name=hello2`, {
    headers: fileSessionHeaders(),
  })
  expect(response.status).toBe(200)
  const fake = useTestClient()
  await expect(fake).toHaveReceived({ method: 'GET', query: { name: 'hello2' } }, { times: 1 })
  await expect(useTestClient(inject('yrMetaMockUrl'))).not.toHaveReceived({ method: 'POST' })
})
