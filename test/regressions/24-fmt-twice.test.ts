import { describe, expect, it } from 'vitest'
import { sprintfNoArgs } from '../../src/go/go-fmt.js'
import { createBody, emptyFake, send } from './24-support.js'

// Issue 24: where the real server uses text holding user input as a format string, a `%` comes
// back as Go's fmt prints it with no arguments. Messages recorded from the real server.

describe('user text printed through fmt twice', () => {
  it('prints directives as Go does with no arguments', () => {
    expect(sprintfNoArgs('runtime 100% is not valid')).toBe('runtime 100%!i(MISSING)s not valid')
    expect(sprintfNoArgs('type: %!s(MISSING), must')).toBe('type: %!!(MISSING)s(MISSING), must')
    expect(sprintfNoArgs('type: 100%, must')).toBe('type: 100%!,(MISSING) must')
    expect(sprintfNoArgs('x%[1]d x%*d x%.*d a%%b a%')).toBe(
      'x%!d(BADINDEX) x%!(BADWIDTH)%!d(MISSING) x%!(BADPREC)%!d(MISSING) a%b a%!(NOVERB)',
    )
  })

  it('in the runtime, rootfs type, URN and pod-pool messages', async () => {
    const fake = emptyFake()
    const runtime = await send(fake, 'POST', '/serverless/v1/functions', createBody('f', { runtime: '%d' }))
    expect(runtime.json?.message).toBe('runtime %!d(MISSING) is not valid. check input parameters')
    const rootfs = await send(
      fake,
      'POST',
      '/serverless/v1/functions',
      createBody('f', { rootfs: { type: '100%' } }),
    )
    expect(rootfs.json?.message).toBe(
      "invalid rootfs type: 100%!,(MISSING) must be 'local', 'image', or 's3'. check input parameters",
    )
    const urn = await send(fake, 'GET', '/serverless/v1/functions/a%25b:c')
    expect(urn.json?.message).toBe('invalid URN: a%!b(MISSING):c. check input parameters')
    const limit = await send(fake, 'GET', '/serverless/v1/podpools?limit=%25d')
    expect(limit.json?.message).toBe(
      'strconv.Atoi: parsing "%!d(MISSING)": invalid syntax. check input parameters',
    )
  })
})
