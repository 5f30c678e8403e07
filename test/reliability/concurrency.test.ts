import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import type { VersionRecord } from '../../src/model/version-record.js'

const FUNCTIONS = 'http://fake.test/serverless/v1/functions'
const ROUNDS = Number(process.env.CONCURRENCY_ROUNDS ?? 20)

/** The invariants every round must keep, read straight from the store. */
function checkInvariants(records: VersionRecord[]): void {
  const byFunction = new Map<string, VersionRecord[]>()
  for (const record of records) {
    const key = `${record.tenantId}/${record.name}`
    byFunction.set(key, [...(byFunction.get(key) ?? []), record])
  }
  for (const [key, list] of byFunction) {
    const versions = list.map((record) => record.versionNumber)
    expect(new Set(versions).size, `${key}: unique version numbers`).toBe(versions.length)
    // The index lists newest write first: revisions never increase along the list.
    for (let n = 1; n < list.length; n++) {
      const [newer, older] = [list[n - 1] as VersionRecord, list[n] as VersionRecord]
      expect(newer.modRevision * 1e6 + newer.writeOrder, key).toBeGreaterThan(
        older.modRevision * 1e6 + older.writeOrder,
      )
    }
  }
}

describe('concurrent writers, round after round', () => {
  it(`keep the invariants in ${ROUNDS} rounds of mixed writes on one function and across sessions`, async () => {
    const service = createMetaService({ functions: 0, config: { versionMax: 100_000 } })
    const call = async (method: string, path: string, body?: unknown, session = '') =>
      service.fetch(
        new Request(`${FUNCTIONS}${path}`, {
          method,
          body: body === undefined ? undefined : JSON.stringify(body),
          headers: session ? { 'x-mock-session': session } : {},
        }),
      )
    const sessions = ['', 's1', 's2']
    for (const session of sessions) {
      await call(
        'POST',
        '',
        { name: 'hot', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 3 },
        session,
      )
    }
    for (let round = 0; round < ROUNDS; round++) {
      const writes = sessions.flatMap((session) => {
        const revision = service.engine
          .session(session)
          .state.store.findFunction({ businessId: 'yrk', tenantId: 'default', productId: '' }, 'hot')
          ?.get('$latest')?.revisionId
        return [
          ...[0, 1, 2, 3].map((n) =>
            call(
              'POST',
              '/hot/versions',
              { revisionId: revision, versionNumber: `r${round}-${n % 3}` },
              session,
            ),
          ),
          call('PUT', '/hot', { revisionId: revision, cpu: 500 + round, memory: 256, timeout: 3 }, session),
          call('DELETE', `/hot?versionNumber=r${round - 1}-0`, undefined, session),
          call('GET', '/hot/versions', undefined, session),
        ]
      })
      const answers = await Promise.all(writes)
      expect(answers.every((answer) => [200, 404, 500].includes(answer.status))).toBe(true)
      for (const session of sessions) {
        const store = service.engine.session(session).state.store
        checkInvariants(store.allRecords())
        const listed = (await (await call('GET', '/hot/versions', undefined, session)).json()) as {
          functions: unknown[]
          pageInfo: { total: number }
        }
        expect(listed.functions.length).toBe(listed.pageInfo.total)
        expect(listed.pageInfo.total).toBe(
          store.findFunction({ businessId: 'yrk', tenantId: 'default', productId: '' }, 'hot')?.size,
        )
      }
    }
  })
})
