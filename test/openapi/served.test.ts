import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../../src/node/index.js'

const shipped = JSON.parse(readFileSync(new URL('../../schema/openapi.json', import.meta.url), 'utf8'))

describe('the documents and the reference page on the Node face', () => {
  let server: Awaited<ReturnType<typeof startServer>>
  beforeAll(async () => {
    server = await startServer({ port: 0, functions: 0 })
  })
  afterAll(() => server.close())

  it('serves /__admin/openapi.json: the shipped document', async () => {
    const response = await fetch(`${server.url}/__admin/openapi.json`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(shipped)
  })

  it('serves /__admin/openapi.admin.json', async () => {
    const response = await fetch(`${server.url}/__admin/openapi.admin.json`)
    expect(((await response.json()) as { info: { title: string } }).info.title).toBe('yr-meta-mock /__admin')
  })

  it('serves /__admin/docs: one HTML page, nothing fetched from elsewhere', async () => {
    const response = await fetch(`${server.url}/__admin/docs`)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain(
      '<summary><span class="m">GET</span> /serverless/v1/functions/{functionName}/versions',
    )
    expect(html).toContain('Content-Type present but empty')
    expect(html).not.toMatch(/<script|<link|src="http|href="http/)
  })
})
