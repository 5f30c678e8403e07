import { expect, it } from 'vitest'
import { metaMock } from './vitest.setup.js'

const VERSIONS = '/serverless/v1/functions/0@faaspy@hello2/versions'

it.each(['http://localhost:31182', 'http://127.0.0.1:31182', 'http://[::1]:31182'])(
  'intercepts %s by default',
  async (origin) => {
    expect((await fetch(`${origin}${VERSIONS}`)).status).toBe(200)
    expect(metaMock.service).toHaveReceived({ method: 'GET', path: VERSIONS }, { times: 1 })
  },
)

it('leaves other ports to fail as unhandled', async () => {
  await expect(fetch(`http://localhost:31183${VERSIONS}`)).rejects.toThrow()
})
