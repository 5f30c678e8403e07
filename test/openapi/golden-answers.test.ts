import { describe, expect, it } from 'vitest'
import { buildOpenApiDocument } from '../../src/contract/openapi-document.js'
import { readCorpus } from '../../tools/diff-real/corpus.js'
import { createAnswerValidator, type SeenAnswer } from '../support/openapi-answers.js'

// Every answer the real meta_service gave in the golden corpus validates against the document.
// The `admin:` sequences went through the frontend's forwarder; the others reached meta_service alone.
const document = buildOpenApiDocument()
const throughFrontend = createAnswerValidator(document, { frontend: true })
const direct = createAnswerValidator(document, { frontend: false })
// outage steps (decision 0031) are not answers
const exchanges = readCorpus().flatMap((sequence) =>
  sequence.exchanges
    .map((exchange, index) => ({ sequence: sequence.name, index, ...exchange }))
    .filter((exchange) => exchange.answer.kind !== 'etcd'),
)

describe('the golden corpus against the OpenAPI document', () => {
  it('validates every answer the real server gave', () => {
    const counts = { operation: 0, unrouted: 0, dropped: 0 }
    const problems: string[] = []
    for (const { sequence, index, request, answer } of exchanges) {
      if (answer.kind === 'not-carried') throw new Error('the corpus records real answers only')
      if (answer.kind === 'etcd') throw new Error('outage steps were left out above')
      const face = sequence.startsWith('admin:') ? throughFrontend : direct
      const verdict = face.check(request.method, request.path, answer)
      counts[verdict.where] += 1
      for (const problem of verdict.problems)
        problems.push(`${sequence}#${index} ${request.method} ${request.path}: ${problem}`)
    }
    expect(problems).toEqual([])
    console.info(`golden corpus: ${exchanges.length} answers validated`, counts)
    expect(counts.operation + counts.unrouted + counts.dropped).toBe(exchanges.length)
  })

  it('fails on an answer the document does not describe', () => {
    const renamed: SeenAnswer = {
      kind: 'response',
      status: 200,
      contentType: 'application/json; charset=utf-8',
      location: null,
      body: '{"functions":null,"pageInfo":{"pageIndex":1,"pageSize":"10","total":0}}',
    }
    const verdict = direct.check('GET', '/serverless/v1/functions/fn/versions', renamed)
    expect(verdict.problems.join('\n')).toMatch(/pageIndex.*must be string/)
    const emptyType = {
      ...renamed,
      status: 500,
      contentType: 'application/json; charset=utf-8',
      body: '{"code":4104,"message":"x"}',
    }
    expect(direct.check('POST', '/serverless/v1/functions/fn/versions', emptyType).problems).toEqual([
      'Content-Type "application/json; charset=utf-8", documented ""',
    ])
    const unknownCode = { ...emptyType, contentType: '', body: '{"code":9999,"message":"x"}' }
    expect(direct.check('POST', '/serverless/v1/functions/fn/versions', unknownCode).problems).toHaveLength(1)
  })

  it("tells the frontend's answers on /admin/v1 from meta_service's", () => {
    const notFound = (contentType: string): Extract<SeenAnswer, { kind: 'response' }> => ({
      kind: 'response',
      status: 404,
      contentType,
      location: null,
      body: '404 page not found',
    })
    const path = '/admin/v1/functions/a/b'
    expect(throughFrontend.check('GET', path, notFound('text/plain; charset=utf-8')).problems).toEqual([])
    expect(throughFrontend.check('GET', path, notFound('text/plain')).problems).toHaveLength(1)
    expect(direct.check('GET', path, notFound('text/plain')).problems).toEqual([])
    const redirect: SeenAnswer = { ...notFound('text/html; charset=utf-8'), status: 301 }
    expect(throughFrontend.check('GET', '/admin/v1/functions/', redirect).problems).toEqual([
      'GET /admin/v1/functions/ (no operation): status 301 is not documented',
    ])
    const cannotForward: SeenAnswer = {
      ...notFound('application/json; charset=utf-8'),
      status: 500,
      body: '{"message":"failed to create forward request"}',
    }
    expect(throughFrontend.check('GET', '/admin/v1/functions/a%25b', cannotForward).problems).toEqual([])
    expect(direct.check('GET', '/serverless/v1/functions/a%25b', cannotForward).problems).not.toEqual([])
    const dropped: SeenAnswer = { kind: 'dropped' }
    expect(throughFrontend.check('GET', '/admin/v1/functions?pageIndex=-1', dropped).problems).toHaveLength(1)
  })
})
