import { expect } from 'vitest'
import { type Outcome, toJson } from './outcome.js'

interface VersionListBody {
  functions: Array<{ versionNumber: string; name: string; tenantId: string }> | null
  pageInfo: { pageIndex: string; pageSize: string; total: number }
}

/** A 200 versions page with exactly these versions (newest first) and this paging echo. */
export function expectVersionPage(
  outcome: Outcome,
  expected: { versions: string[]; pageIndex: string; pageSize: string; total: number },
): void {
  expect(outcome).toMatchObject({
    kind: 'response',
    status: 200,
    contentType: 'application/json; charset=utf-8',
  })
  const body = toJson(outcome) as VersionListBody
  const versions = body.functions === null ? null : body.functions.map((item) => item.versionNumber)
  expect(versions).toEqual(expected.versions.length === 0 ? null : expected.versions)
  expect(body.pageInfo).toEqual({
    pageIndex: expected.pageIndex,
    pageSize: expected.pageSize,
    total: expected.total,
  })
}

/** The always-500 writer: the real code and message, `Content-Type` present but empty. */
export function expectBadRequest(outcome: Outcome, code: number, message: string): void {
  expect(outcome).toMatchObject({ kind: 'response', status: 500, contentType: '' })
  expect(toJson(outcome)).toEqual({ code, message })
}

/** No HTTP answer at all: the real server panicked. */
export function expectDropped(outcome: Outcome): void {
  expect(outcome).toEqual({ kind: 'dropped' })
}
