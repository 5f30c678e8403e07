import { createMetaService, type MetaService } from '../../src/index.js'

/** An empty fake and a way to send it one request, for the issue-24 regression tests. */
export function emptyFake(): MetaService {
  return createMetaService({ functions: 0, docExample: false, logLevel: 'silent' })
}

export interface Sent {
  readonly status: number
  readonly contentType: string | null
  readonly text: string
  readonly json: Record<string, unknown> | undefined
}

/** Sends a request (an object body goes as JSON) with the tenant `t24`, unless headers say otherwise. */
export async function send(
  service: MetaService,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'X-Tenant-ID': 't24' },
): Promise<Sent> {
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  const init: RequestInit = {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: text,
  }
  const response = await service.fetch(new Request(`http://127.0.0.1${path}`, init))
  const answer = await response.text()
  let json: Record<string, unknown> | undefined
  try {
    json = JSON.parse(answer) as Record<string, unknown>
  } catch {
    json = undefined
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text: answer, json }
}

/** A create body the real server accepts, with `extra` fields. */
export function createBody(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30, ...extra }
}
