import { expect, it } from '@jest/globals'
import { useMetaMockMsw } from 'yr-meta-mock/jest'

const metaMock = useMetaMockMsw({ seed: 1 })
const META = 'http://127.0.0.1:31182'

it("answers the documentation's example through MSW", async () => {
  const body = await (
    await fetch(`${META}/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=1`)
  ).json()
  expect(body.pageInfo).toEqual({ pageIndex: '1', pageSize: '1', total: 2 })
  expect(metaMock.service).toHaveReceived({ method: 'GET', path: '*/versions' }, { times: 1 })
})

it('drops the connection where the real server panics', async () => {
  await expect(
    fetch(`${META}/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=-1&pageSize=1`),
  ).rejects.toThrow()
})
