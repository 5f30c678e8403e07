import type { GivenState, Sequence, Step } from '../exchange.js'

export const FUNCTIONS = '/serverless/v1/functions'
export const RESERVE = `${FUNCTIONS}/reserve-instance`
export const PODPOOLS = '/serverless/v1/podpools'
const JSON_TYPE = { 'Content-Type': 'application/json' }

/** Options of one step: a body (objects go as JSON), extra headers, or no tenant header at all. */
export interface StepOptions {
  readonly body?: unknown
  readonly headers?: Record<string, string>
  readonly noTenant?: boolean
  /** Sent byte for byte by a raw HTTP client only (the fetch faces do not carry it). */
  readonly raw?: boolean
}

/**
 * Builds the steps of one sequence in its own tenant (`X-Tenant-ID` on every step unless told
 * otherwise): the real server keeps its data between sequences, so tenants keep them apart.
 */
export class Steps {
  readonly steps: Step[] = []
  /** What another writer puts in etcd before the first step, in this sequence's tenant. */
  readonly #given = { layers: [] as Fields[], aliases: [] as Fields[], triggers: [] as Fields[] }
  constructor(
    readonly tenant: string,
    /** A short unique prefix for things the real server does not scope by tenant (pod pools). */
    readonly unique: string,
  ) {}

  add(method: string, path: string, options: StepOptions = {}): this {
    const headers: Record<string, string> = options.noTenant ? {} : { 'X-Tenant-ID': this.tenant }
    let body: string | undefined
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
      Object.assign(headers, JSON_TYPE)
    }
    Object.assign(headers, options.headers ?? {})
    const step = body === undefined ? { method, path, headers } : { method, path, headers, body }
    this.steps.push(options.raw ? { ...step, raw: true } : step)
    return this
  }

  /** A layer version another writer put in etcd (a scenario's `layers` entry; the tenant is this one's). */
  layer(fields: Fields): this {
    this.#given.layers.push({ tenantId: this.tenant, ...fields })
    return this
  }
  /** An alias another writer put in etcd (a scenario's `aliases` entry). */
  alias(fields: Fields): this {
    this.#given.aliases.push({ tenantId: this.tenant, ...fields })
    return this
  }
  /** A trigger another writer put in etcd (a scenario's `triggers` entry). */
  trigger(fields: Fields): this {
    this.#given.triggers.push({ tenantId: this.tenant, ...fields })
    return this
  }

  /** The state put before the first step, or undefined when there is none. */
  get given(): GivenState | undefined {
    const { layers, aliases, triggers } = this.#given
    if (layers.length + aliases.length + triggers.length === 0) return undefined
    return {
      ...(layers.length > 0 ? { layers } : {}),
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(triggers.length > 0 ? { triggers } : {}),
    }
  }

  get(path: string, options?: StepOptions): this {
    return this.add('GET', path, options)
  }
  post(path: string, body?: unknown, options: StepOptions = {}): this {
    return this.add('POST', path, { ...options, body })
  }
  put(path: string, body?: unknown, options: StepOptions = {}): this {
    return this.add('PUT', path, { ...options, body })
  }
  delete(path: string, options?: StepOptions): this {
    return this.add('DELETE', path, options)
  }
}

type Fields = Record<string, unknown>

/** Several parts' given state as one (undefined when none has any). */
export function mergeGiven(givens: readonly GivenState[]): GivenState | undefined {
  if (givens.length === 0) return undefined
  const all = (key: keyof GivenState) => givens.flatMap((given) => given[key] ?? [])
  const [layers, aliases, triggers] = [all('layers'), all('aliases'), all('triggers')]
  return {
    ...(layers.length > 0 ? { layers } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(triggers.length > 0 ? { triggers } : {}),
  }
}

/** A sequence definition: built once per run with that run's tenant names. */
export interface SequenceSpec {
  readonly name: string
  build(steps: Steps): void
}

export function spec(name: string, build: (steps: Steps) => void): SequenceSpec {
  return { name, build }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Tenants and unique ids from the run tag (fixed when recording, random when diffing a live server). */
export function buildSequences(specs: readonly SequenceSpec[], tag: string): Sequence[] {
  return specs.map((definition, index) => {
    const steps = new Steps(`${tag}-${slug(definition.name)}`, `${tag}${index.toString(36)}`)
    definition.build(steps)
    const given = steps.given
    return given
      ? { name: definition.name, steps: steps.steps, given }
      : { name: definition.name, steps: steps.steps }
  })
}

/** A valid create body; `extra` overrides or adds fields. */
export function createBody(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30, ...extra }
}

/** A valid update body for the latest revision seen so far. */
export function updateBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { revisionId: '<rev#last>', cpu: 600, memory: 512, timeout: 60, ...extra }
}
