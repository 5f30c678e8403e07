const { fileSessionHeaders, useMetaMockMsw, useTestClient } = require('yr-meta-mock/jest')

const fake = useTestClient()

it('serves a real server from globalSetup, in a session of its own', async () => {
  const response = await fake.fetch('/serverless/v1/functions?name=hello2')
  const body = await response.json()
  expect(body.result.total).toBe(2)
  await expect(fake).toHaveReceived({ method: 'GET', query: { name: 'hello2' } }, { times: 1 })
})

it("puts the consumer's own client in the same session", async () => {
  await fetch(`${process.env.YR_META_MOCK_URL}/serverless/v1/functions/0@faaspy@hello2/versions`, {
    headers: fileSessionHeaders(),
  })
  await expect(fake).toHaveReceived({ method: 'GET', path: '*/versions' }, { times: 1 })
})

it('says the MSW setup needs native ESM', () => {
  expect(() => useMetaMockMsw()).toThrow(/native ESM/)
})
