import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildOpenApiDocument, toOpenApiFileName } from '../../src/contract/openapi-document.js'
import { SERVER_VERSIONS } from '../../src/contract/server-version.js'
import { startServer } from '../../src/node/index.js'
import { readCorpus } from '../../tools/diff-real/corpus.js'
import { createAnswerValidator } from '../support/openapi-answers.js'

// One OpenAPI document per release (decision 0025): generated, valid, served by a fake of that
// release, and describing every answer that release's real binary gave in its golden corpus.
const committed = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8'))

describe.each(SERVER_VERSIONS)("%s's OpenAPI document", (version) => {
  const file = toOpenApiFileName(version)

  it(`is the committed ${file} (run \`npm run openapi\` after changing the schemas)`, () => {
    expect(committed(file)).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(version))))
  })

  it('passes an OpenAPI 3.1 validator', async () => {
    const result = await new Validator().validate(committed(file))
    expect(result.errors ?? []).toEqual([])
  })

  it("validates every answer of the release's golden corpus", () => {
    const document = buildOpenApiDocument(version)
    const throughFrontend = createAnswerValidator(document, { frontend: true })
    const direct = createAnswerValidator(document, { frontend: false })
    const problems: string[] = []
    for (const sequence of readCorpus(version)) {
      const face = sequence.name.startsWith('admin:') ? throughFrontend : direct
      for (const [index, { request, answer }] of sequence.exchanges.entries()) {
        if (answer.kind === 'not-carried') throw new Error('the corpus records real answers only')
        if (answer.kind === 'etcd') continue // an outage step, not an answer (decision 0031)
        for (const problem of face.check(request.method, request.path, answer).problems)
          problems.push(`${sequence.name}#${index} ${request.method} ${request.path}: ${problem}`)
      }
    }
    expect(problems).toEqual([])
  })
})

describe('the documents of different releases', () => {
  it('tell the releases apart: a 0.10.0 answer does not fit 0.7.0', () => {
    const answer = readCorpus('0.10.0')
      .flatMap((sequence) => sequence.exchanges)
      .find(
        (e) =>
          e.request.method === 'GET' && e.answer.kind === 'response' && e.answer.body.includes('"rootfs"'),
      )
    if (answer === undefined || answer.answer.kind !== 'response')
      throw new Error('the 0.10.0 corpus has no answer with a rootfs')
    const old = createAnswerValidator(buildOpenApiDocument('0.7.0'), { frontend: false })
    const newest = createAnswerValidator(buildOpenApiDocument('0.10.0'), { frontend: false })
    const { method, path } = answer.request
    expect(newest.check(method, path, answer.answer).problems).toEqual([])
    expect(old.check(method, path, answer.answer).problems).not.toEqual([])
  })
})

describe('/__admin/openapi.json', () => {
  let server: Awaited<ReturnType<typeof startServer>>
  beforeAll(async () => {
    server = await startServer({ port: 0, functions: 0, serverVersion: '0.8.0' })
  })
  afterAll(() => server.close())

  it('is the document of the release the fake answers as', async () => {
    const response = await fetch(`${server.url}/__admin/openapi.json`)
    expect(await response.json()).toEqual(committed('openapi-0.8.0.json'))
  })
})
