import { expect, it } from 'vitest'
import { describeEveryFace } from '../../support/every-face.js'
import { createBody, FUNCTIONS } from './requests.js'

type Fn = Record<string, unknown>
const HELLO = `${FUNCTIONS}/0@svc@hello`

describeEveryFace('concurrent writes', {}, (api) => {
  it('lets exactly 8 of 20 simultaneous publishes through, with unique versions and a true total', async () => {
    const { body } = await api().call<{ function: Fn }>('POST', FUNCTIONS, createBody())
    const revisionId = body.function.revisionId
    const attempts = Array.from({ length: 20 }, (_, n) =>
      api().call('POST', `${HELLO}/versions`, { revisionId, versionNumber: String(n % 12) }),
    )
    const results = await Promise.all(attempts)
    const codes = results.map((result) => (result.status === 200 ? 0 : result.body.code))
    expect(codes.filter((code) => code === 0)).toHaveLength(8)
    // Which writers lose depends on arrival order: past the limit (4110) or a taken number (4114).
    expect(codes.every((code) => [0, 4110, 4114].includes(code as number))).toBe(true)
    const listed = await api().call<{ functions: Fn[]; pageInfo: { total: number } }>(
      'GET',
      `${HELLO}/versions`,
    )
    const versions = listed.body.functions.map((f) => f.versionNumber)
    expect(new Set(versions).size).toBe(versions.length)
    expect(listed.body.pageInfo.total).toBe(9)
    expect(versions[0]).toBe('$latest')
  })

  it('creates a name once when many create it at the same time', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => api().call('POST', FUNCTIONS, createBody())),
    )
    expect(results.filter((result) => result.status === 200)).toHaveLength(1)
    expect(results.filter((result) => result.body.code === 4101)).toHaveLength(9)
  })

  it('keeps one latest record under many simultaneous updates', async () => {
    const { body } = await api().call<{ function: Fn }>('POST', FUNCTIONS, createBody())
    const update = { revisionId: body.function.revisionId, cpu: 600, memory: 256, timeout: 30 }
    // The fixed test clock gives every update the same new revision id, so all of them pass the
    // check; the invariant is that the function still has exactly one record afterwards.
    const results = await Promise.all(Array.from({ length: 10 }, () => api().call('PUT', HELLO, update)))
    expect(results.every((result) => result.status === 200)).toBe(true)
    const listed = await api().call<{ pageInfo: { total: number } }>('GET', `${HELLO}/versions`)
    expect(listed.body.pageInfo.total).toBe(1)
  })

  it('never shows half a publish to concurrent readers', async () => {
    const { body } = await api().call<{ function: Fn }>('POST', FUNCTIONS, createBody())
    const revisionId = body.function.revisionId
    const writes = ['1', '2', '3', '4'].map((versionNumber) =>
      api().call('POST', `${HELLO}/versions`, { revisionId, versionNumber }),
    )
    const reads = Array.from({ length: 20 }, () =>
      api().call<{ functions: Fn[]; pageInfo: { total: number } }>('GET', `${HELLO}/versions`),
    )
    const [, listed] = await Promise.all([Promise.all(writes), Promise.all(reads)])
    for (const { body: page } of listed) {
      expect(page.functions.length).toBe(page.pageInfo.total)
      expect(page.functions[0]?.versionNumber).toBe('$latest')
    }
  })
})
