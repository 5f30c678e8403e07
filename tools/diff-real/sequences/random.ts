import fc from 'fast-check'
import type { Sequence } from '../exchange.js'
import type { ConcurrentSpec } from './concurrent.js'
import { createBody, FUNCTIONS, PODPOOLS, RESERVE, type StepOptions, Steps } from './dsl.js'
import {
  createFieldsArb,
  deleteQueryArb,
  descArb,
  getQueryArb,
  instanceInfosArb,
  kindArb,
  labelArb,
  listQueryArb,
  nameArb,
  pageArb,
  poolFieldsArb,
  productArb,
  refArb,
  revisionArb,
  updateFieldsArb,
  versionArb,
} from './random-values.js'

/**
 * Random sequences (issue 24): shrinkable lists of commands over shared names, each command drawing
 * its fields, values, queries and scope from the tables the space sequences are built from, so that
 * creates, updates, publishes, deletes and reserve-instance and pod-pool writes meet each other's
 * state in combinations no script lists. A `race` sends two or three writers at once (compared by
 * the concurrent mode, decision 0020). Revisions are linked by placeholders (`<rev#last>`).
 */
export type Command = { readonly op: string; readonly args: readonly unknown[] }

function command(op: string, ...args: fc.Arbitrary<unknown>[]): fc.Arbitrary<Command> {
  return fc.tuple(...args).map((values) => ({ op, args: values }))
}

const writerArbitrary: fc.Arbitrary<Command> = fc.oneof(
  command('create', nameArb, kindArb, createFieldsArb, productArb),
  command('update', nameArb, kindArb, revisionArb, updateFieldsArb, productArb),
  command('publish', nameArb, revisionArb, versionArb, kindArb, descArb, productArb),
  command('delete', refArb, deleteQueryArb, productArb),
  command(
    'reserve',
    fc.constantFrom('POST', 'PUT', 'DELETE'),
    versionArb,
    labelArb,
    instanceInfosArb,
    productArb,
  ),
  command('podpool', fc.constantFrom('POST', 'PUT', 'DELETE'), fc.constantFrom('p', 'q'), poolFieldsArb),
)

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: writerArbitrary, weight: 10 },
  { arbitrary: command('get', refArb, getQueryArb, productArb), weight: 3 },
  { arbitrary: command('versions', refArb, pageArb, productArb), weight: 2 },
  { arbitrary: command('list', listQueryArb, productArb), weight: 1 },
  {
    arbitrary: command('reserve', fc.constant('GET'), versionArb, labelArb, instanceInfosArb, productArb),
    weight: 1,
  },
  { arbitrary: command('podpool', fc.constant('GET'), fc.constantFrom('p', 'q'), poolFieldsArb), weight: 1 },
  { arbitrary: command('race', fc.array(writerArbitrary, { minLength: 2, maxLength: 3 })), weight: 1 },
)

export const commandsArbitrary = fc.array(commandArbitrary, { minLength: 1, maxLength: 12 })

type Apply = (s: Steps, args: readonly unknown[]) => void

const scope = (product: unknown): StepOptions =>
  product ? { headers: { 'X-Product-ID': String(product) } } : {}

/** A name, or `[name, suffix]`: the URN of the name in the sequence's tenant, suffix appended. */
function refPath(s: Steps, ref: unknown): string {
  if (typeof ref === 'string') return `${FUNCTIONS}/${ref}`
  const [name, suffix] = ref as [string, string]
  return `${FUNCTIONS}/sn:cn:yrk:${s.tenant}:function:${name}${suffix}`
}

const APPLY: Record<string, Apply> = {
  create: (s, [name, kind, fields, product]) =>
    s.post(FUNCTIONS, { ...createBody(name as string, { kind }), ...(fields as object) }, scope(product)),
  update: (s, [name, kind, revisionId, fields, product]) =>
    s.put(
      `${FUNCTIONS}/${name}`,
      { revisionId, cpu: 600, memory: 512, timeout: 60, kind, ...(fields as object) },
      scope(product),
    ),
  publish: (s, [name, revisionId, versionNumber, kind, versionDesc, product]) =>
    s.post(`${FUNCTIONS}/${name}/versions`, { revisionId, versionNumber, kind, versionDesc }, scope(product)),
  delete: (s, [ref, query, product]) => s.delete(`${refPath(s, ref)}${query}`, scope(product)),
  get: (s, [ref, query, product]) => s.get(`${refPath(s, ref)}${query}`, scope(product)),
  versions: (s, [ref, query, product]) =>
    s.get(`${refPath(s, ref)}/versions${query ? `?${query}` : ''}`, scope(product)),
  list: (s, [parts, product]) => {
    const [name, filter, page] = parts as [string, string, string]
    const query = [`name=${name}`, filter, page].filter(Boolean).join('&')
    s.get(`${FUNCTIONS}?${query}`, scope(product))
  },
  reserve: (s, [method, version, instanceLabel, instanceConfigInfos, product]) => {
    const body = { funcName: '0@svc@c', version, instanceLabel, instanceConfigInfos }
    s.add(method as string, RESERVE, { ...scope(product), body })
  },
  podpool: (s, [method, suffix, fields]) => {
    const id = `${s.unique}-${suffix}`
    if (method === 'POST') s.post(PODPOOLS, { pools: [{ id, group: `${s.unique}g`, ...(fields as object) }] })
    else if (method === 'PUT') s.put(`${PODPOOLS}/${id}`, fields)
    else if (method === 'DELETE') s.delete(`${PODPOOLS}?id=${id}`)
    else s.get(`${PODPOOLS}?group=${s.unique}g`)
  },
}

function applyAll(s: Steps, commands: readonly Command[]): void {
  for (const { op, args } of commands) APPLY[op]?.(s, args)
}

/** The steps of a command list in one tenant (and pool-id prefix) of its own; a race runs in order. */
export function toSequence(
  commands: readonly Command[],
  sequenceName: string,
  tenant: string,
  unique: string,
): Sequence {
  const steps = new Steps(tenant, unique)
  for (const { op, args } of commands) {
    if (op === 'race') applyAll(steps, args[0] as Command[])
    else APPLY[op]?.(steps, args)
  }
  return { name: sequenceName, steps: steps.steps }
}

/**
 * A command list with a race as a concurrent spec: the commands before the first race, the race's
 * writers at once, the commands after it (further races in order). Undefined without a race.
 */
export function toConcurrentSpec(commands: readonly Command[], name: string): ConcurrentSpec | undefined {
  const at = commands.findIndex((c) => c.op === 'race')
  if (at < 0) return undefined
  const flat = (list: readonly Command[]) =>
    list.flatMap((c) => (c.op === 'race' ? (c.args[0] as Command[]) : [c]))
  return {
    name,
    setup: (s) => applyAll(s, commands.slice(0, at)),
    batch: (s) => applyAll(s, (commands[at] as Command).args[0] as Command[]),
    check: (s) => applyAll(s, flat(commands.slice(at + 1))),
  }
}

/** A fixed batch for the golden corpus: the same seed gives the same sequences (races run in order). */
export function randomBatch(seed: number, runs: number, tag: string): Sequence[] {
  const samples = fc.sample(commandsArbitrary, { seed, numRuns: runs })
  return samples.map((commands, index) =>
    toSequence(
      commands,
      `random/${seed}/${index}`,
      `${tag}-r${seed}-${index}`,
      `${tag}r${index.toString(36)}`,
    ),
  )
}
