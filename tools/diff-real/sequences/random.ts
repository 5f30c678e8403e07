import fc from 'fast-check'
import type { Sequence } from '../exchange.js'
import type { ConcurrentSpec } from './concurrent.js'
import { createBody, FUNCTIONS, PODPOOLS, RESERVE, type StepOptions, Steps, updateBody } from './dsl.js'
import {
  createFieldsArb,
  deleteQueryArb,
  descArb,
  getQueryArb,
  givenArb,
  instanceInfosArb,
  kindArb,
  labelArb,
  layersArb,
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
 * the concurrent mode, decision 0027). Revisions are linked by placeholders (`<rev#last>`).
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

/** Writers that all meet one function a race has just created and published (`1`). */
function raceWriterArb(name: string, kind: string): fc.Arbitrary<Command> {
  return fc.oneof(
    command(
      'update',
      fc.constant(name),
      fc.constant(kind),
      fc.constant('<rev#last>'),
      updateFieldsArb,
      fc.constant(''),
    ),
    command(
      'publish',
      fc.constant(name),
      fc.constant('<rev#last>'),
      fc.constantFrom('2', '3', '1'),
      fc.constant(kind),
      descArb,
      fc.constant(''),
    ),
    command('delete', fc.constant(name), fc.constantFrom('', '?versionNumber=1'), fc.constant('')),
    command('create', fc.constant(name), fc.constant(kind), createFieldsArb, fc.constant('')),
  )
}

/** A race: a function set up, then two or three writers on it sent at once. */
const raceArbitrary: fc.Arbitrary<Command> = fc.tuple(nameArb, kindArb).chain(([name, kind]) =>
  fc.array(raceWriterArb(name, kind), { minLength: 2, maxLength: 3 }).map((writers) => ({
    op: 'race',
    args: [writers, name, kind],
  })),
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
  { arbitrary: raceArbitrary, weight: 1 },
  { arbitrary: command('given', givenArb), weight: 2 },
  {
    arbitrary: command('layered', nameArb, kindArb, layersArb, productArb, fc.boolean()),
    weight: 2,
  },
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

/** What another writer put in etcd: put before the first step, whatever the command's place. */
function applyGiven(s: Steps, [given]: readonly unknown[]): void {
  const { kind, ...fields } = given as Record<string, unknown>
  if (kind === 'layer') s.layer(fields)
  else if (kind === 'alias') s.alias(fields)
  else s.trigger(fields)
}

const APPLY: Record<string, Apply> = {
  given: applyGiven,
  layered: (s, [name, kind, layers, product, update]) => {
    const fields = { kind, layers: (layers as string[]).map((layer) => layer.replace('{tenant}', s.tenant)) }
    if (update) s.put(`${FUNCTIONS}/${name}`, { ...updateBody(), ...fields }, scope(product))
    else s.post(FUNCTIONS, createBody(name as string, fields), scope(product))
  },
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

/** What a race sets up before its writers: the function, created and published as version `1`. */
function raceSetup(s: Steps, race: Command): void {
  const [, name, kind] = race.args as [Command[], string, string]
  APPLY.create?.(s, [name, kind, {}, ''])
  APPLY.publish?.(s, [name, '<rev#last>', '1', kind, '', ''])
}

const writersOf = (race: Command) => race.args[0] as Command[]

/** The steps of a command list in one tenant (and pool-id prefix) of its own; a race runs in order. */
export function toSequence(
  commands: readonly Command[],
  sequenceName: string,
  tenant: string,
  unique: string,
): Sequence {
  const steps = new Steps(tenant, unique)
  for (const command of commands) {
    if (command.op !== 'race') APPLY[command.op]?.(steps, command.args)
    else {
      raceSetup(steps, command)
      applyAll(steps, writersOf(command))
    }
  }
  const given = steps.given
  return given
    ? { name: sequenceName, steps: steps.steps, given }
    : { name: sequenceName, steps: steps.steps }
}

/**
 * A command list with a race as a concurrent spec: the commands before the first race, the race's
 * writers at once, the commands after it (further races in order). Undefined without a race.
 */
export function toConcurrentSpec(commands: readonly Command[], name: string): ConcurrentSpec | undefined {
  const at = commands.findIndex((c) => c.op === 'race')
  if (at < 0) return undefined
  const race = commands[at] as Command
  return {
    name,
    setup: (s) => {
      applyAll(s, commands.slice(0, at))
      raceSetup(s, race)
    },
    batch: (s) => applyAll(s, writersOf(race)),
    // later races run in order, as in `toSequence`
    check: (s) => {
      for (const command of commands.slice(at + 1)) {
        if (command.op === 'race') raceSetup(s, command)
        applyAll(s, command.op === 'race' ? writersOf(command) : [command])
      }
    },
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
