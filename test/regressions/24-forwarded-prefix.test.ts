import { describe, expect, it } from 'vitest'
import { emptyFake, send } from './24-support.js'

// Issue 24: gin's trailing-slash redirect puts a sanitized X-Forwarded-Prefix in front of the path,
// and http.Redirect resolves a location without a leading `/` against the request's (new) path.
// Locations recorded from the real server.

const redirect = async (fake: ReturnType<typeof emptyFake>, path: string, prefix: string) => {
  const answer = await send(fake, 'GET', path, undefined, {
    'X-Tenant-ID': 't24',
    'X-Forwarded-Prefix': prefix,
  })
  return answer.status === 301 ? /href="([^"]*)"/.exec(answer.text)?.[1] : `status ${answer.status}`
}

describe('X-Forwarded-Prefix in trailing-slash redirects', () => {
  it('resolves a relative prefix against the redirected path', async () => {
    const fake = emptyFake()
    expect(await redirect(fake, '/serverless/v1/functions/', 'api')).toBe(
      'api/serverless/v1/api/serverless/v1/functions',
    )
    expect(await redirect(fake, '/serverless/v1/functions/fn/versions/?pageSize=1', 'api')).toBe(
      'api/serverless/v1/functions/fn/api/serverless/v1/functions/fn/versions?pageSize=1',
    )
  })

  it('answers each prefix on its own, the same path asked again with another prefix included', async () => {
    const fake = emptyFake()
    for (const [prefix, location] of [
      ['/api', '/api/serverless/v1/functions'],
      ['/api', '/api/serverless/v1/functions'],
      ['/a_b', '/ab/serverless/v1/functions'],
      ['.', '/serverless/v1/functions'],
      ['/x?y', '/xy/serverless/v1/functions'],
    ]) {
      expect(await redirect(fake, '/serverless/v1/functions/', prefix as string)).toBe(location)
    }
  })
})
