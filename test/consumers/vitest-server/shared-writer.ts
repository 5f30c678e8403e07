import { expect, it } from 'vitest'
import { useTestClient } from 'yr-meta-mock/vitest'

const FUNCTIONS = '/serverless/v1/functions'

/** The same writes from every file, at the same time; each file's session keeps them apart. */
export function writeTheSameFunction(file: string): void {
  const fake = useTestClient()
  it('creates, publishes and lists without seeing the other files', async () => {
    const body = {
      name: 'shared',
      runtime: 'python3.9',
      cpu: 500,
      memory: 256,
      timeout: 30,
      description: file,
    }
    const created = await (await fake.fetch(FUNCTIONS, { method: 'POST', body: JSON.stringify(body) })).json()
    expect(created.code).toBe(0)
    const revisionId = created.function.revisionId
    for (const versionNumber of ['1', '2', '3']) {
      const published = await fake.fetch(`${FUNCTIONS}/shared/versions`, {
        method: 'POST',
        body: JSON.stringify({ revisionId, versionNumber: `${file}.${versionNumber}` }),
      })
      expect(published.status).toBe(200)
    }
    const listed = await (await fake.fetch(`${FUNCTIONS}/shared/versions`)).json()
    expect(listed.pageInfo.total).toBe(4)
    expect(listed.functions.every((f: { description: string }) => f.description === file)).toBe(true)
    await expect(fake).toHaveReceived({ method: 'POST', path: '*/shared/versions' }, { times: 3 })
  })
}
