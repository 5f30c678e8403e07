import { afterEach, beforeEach, describe } from 'vitest'
import type { MetaServiceOptions } from '../../src/index.js'
import { FACES, type Face } from './faces.js'
import { type Outcome, toJson } from './outcome.js'

/** A small client over one face, for stateful contract tests. */
export interface Api {
  /** Sends a request; a body that is not a string is sent as JSON. */
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Outcome>
  /** Sends a request and reads a JSON answer with its status and Content-Type. */
  call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; contentType: string | null; body: T }>
}

/** The fixed clock of stateful contract tests, so answers are the same on every face and run. */
export const CONTRACT_NOW = new Date('2026-03-04T05:06:07.890Z')

function toApi(face: Face): Api {
  const send: Api['send'] = (method, path, body, headers = {}) => {
    const payload = body === undefined || typeof body === 'string' ? body : JSON.stringify(body)
    // As an admin client does: a server on a port refuses admin writes a web page could send.
    const admin: Record<string, string> = path.startsWith('/__admin') ? { 'x-mock-admin': '1' } : {}
    return face.send(path, { method, body: payload as string | undefined, headers: { ...admin, ...headers } })
  }
  return {
    send,
    async call(method, path, body, headers) {
      const outcome = await send(method, path, body, headers)
      if (outcome.kind !== 'response') throw new Error(`${method} ${path}: the connection was dropped`)
      return { status: outcome.status, contentType: outcome.contentType, body: toJson(outcome) as never }
    },
  }
}

/**
 * Defines the same stateful tests on every face, each test on a fresh fake (no generated
 * functions unless `options` asks, the fixed clock), closed after the test.
 */
export function describeEveryFace(
  title: string,
  options: MetaServiceOptions,
  define: (api: () => Api) => void,
): void {
  describe.each(FACES)(`${title} (%s face)`, (_name, open) => {
    let face: Face | undefined
    let api: Api | undefined
    beforeEach(async () => {
      face = await open({ functions: 0, now: () => CONTRACT_NOW, ...options })
      api = toApi(face)
    })
    afterEach(async () => {
      await face?.close()
    })
    define(() => {
      if (!api) throw new Error('no face is open')
      return api
    })
  })
}
