// A typed client of meta_service written only against the types yr-meta-mock exports.
import type {
  ErrorBody,
  FunctionCreateRequest,
  FunctionCreateResponse,
  FunctionGetResponseBody,
  FunctionListResponse,
  FunctionUpdateRequest,
  FunctionUpdateResponse,
  PodPoolCreateRequest,
  PodPoolCreateResponse,
  PodPoolListResponse,
  PublishRequest,
  PublishResponse,
  ReserveInstanceRequest,
  ReserveInstanceSaveResponse,
  UserFunction,
  VersionListResponse,
} from 'yr-meta-mock'

export type Answer<T> = { ok: true; status: number; body: T } | { ok: false; status: number; body: ErrorBody }

export class MetaClient {
  private readonly baseUrl: string
  private readonly tenant: string

  constructor(baseUrl: string, tenant: string) {
    this.baseUrl = baseUrl
    this.tenant = tenant
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const init: RequestInit = {
      method,
      headers: { 'X-Tenant-ID': this.tenant, 'Content-Type': 'application/json' },
    }
    if (body !== undefined) init.body = JSON.stringify(body)
    const response = await fetch(`${this.baseUrl}${path}`, init)
    // The 500 writer sends JSON with an empty Content-Type: read the text, whatever the header says.
    const parsed: unknown = JSON.parse(await response.text())
    return response.ok
      ? { ok: true, status: response.status, body: parsed as T }
      : { ok: false, status: response.status, body: parsed as ErrorBody }
  }

  createFunction(request: FunctionCreateRequest): Promise<Answer<FunctionCreateResponse>> {
    return this.call('POST', '/serverless/v1/functions', request)
  }

  getFunction(name: string): Promise<Answer<FunctionGetResponseBody>> {
    return this.call('GET', `/serverless/v1/functions/${encodeURIComponent(name)}`)
  }

  updateFunction(name: string, request: FunctionUpdateRequest): Promise<Answer<FunctionUpdateResponse>> {
    return this.call('PUT', `/serverless/v1/functions/${encodeURIComponent(name)}`, request)
  }

  listFunctions(): Promise<Answer<FunctionListResponse>> {
    return this.call('GET', '/serverless/v1/functions')
  }

  publish(name: string, request: PublishRequest): Promise<Answer<PublishResponse>> {
    return this.call('POST', `/serverless/v1/functions/${encodeURIComponent(name)}/versions`, request)
  }

  listVersions(name: string, pageIndex: number, pageSize: number): Promise<Answer<VersionListResponse>> {
    const query = `pageIndex=${pageIndex}&pageSize=${pageSize}`
    return this.call('GET', `/serverless/v1/functions/${encodeURIComponent(name)}/versions?${query}`)
  }

  reserve(request: ReserveInstanceRequest): Promise<Answer<ReserveInstanceSaveResponse>> {
    return this.call('POST', '/serverless/v1/functions/reserve-instance', request)
  }

  createPools(request: PodPoolCreateRequest): Promise<Answer<PodPoolCreateResponse>> {
    return this.call('POST', '/serverless/v1/podpools', request)
  }

  listPools(): Promise<Answer<PodPoolListResponse>> {
    return this.call('GET', '/serverless/v1/podpools')
  }
}

/** The user `function` of create, get and publish, whichever envelope came back. */
export function functionOf(
  body: FunctionCreateResponse | FunctionGetResponseBody,
): Pick<UserFunction, 'name' | 'revisionId' | 'versionNumber'> {
  return 'function' in body ? body.function : body.result
}

/** Paging echoes as strings on the real server: the typed client turns them back into numbers. */
export function pageOf(body: VersionListResponse): {
  index: number
  size: number
  total: number
  names: string[]
} {
  return {
    index: Number(body.pageInfo.pageIndex),
    size: Number(body.pageInfo.pageSize),
    total: body.pageInfo.total,
    names: (body.functions ?? []).map((item) => item.versionNumber),
  }
}
