import fc from 'fast-check'
import type { Sequence } from '../exchange.js'
import { createBody, FUNCTIONS, PODPOOLS, RESERVE, Steps } from './dsl.js'

/**
 * Random sequences: shrinkable lists of commands over a few shared names, so that creates, updates,
 * publishes and deletes meet each other. Revisions are linked by placeholders (`<rev#last>`), which
 * each target resolves with its own values.
 */
export type Command = { readonly op: string; readonly args: readonly unknown[] }

const name = fc.constantFrom('a', 'b', '0@svc@c')
// no '' (the default version): two default publishes within one second collide on the real server only
const version = fc.constantFrom('1', '2', 'v-x', '$latest', 'latest', '-bad')
const revision = fc.constantFrom('<rev#last>', '<rev#last>', '<rev#1>', 'stale')
const cpu = fc.oneof(fc.constantFrom(299, 300, 16000, 16001, 0), fc.integer({ min: 300, max: 16000 }))
const memory = fc.oneof(
  fc.constantFrom(127, 128, 1073741824, 1073741825),
  fc.integer({ min: 128, max: 4096 }),
)
const timeout = fc.constantFrom(0, -1, 1, 30, 8640000, 8640001)
const instances = fc.constantFrom(undefined, '0', '1', '5', '1000', '1001', '-1', 'x')
const pageParam = fc.constantFrom(
  '',
  'pageIndex=1&pageSize=1',
  'pageIndex=2&pageSize=1',
  'pageIndex=0',
  'pageSize=0',
  'pageIndex=abc',
  'isAdmin=1',
)
const kind = fc.constantFrom(undefined, 'faas', 'yrlib')

function command(op: string, ...args: fc.Arbitrary<unknown>[]): fc.Arbitrary<Command> {
  return fc.tuple(...args).map((values) => ({ op, args: values }))
}

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: command('create', name, cpu, memory, timeout, instances, kind), weight: 4 },
  { arbitrary: command('update', name, revision, cpu, memory, timeout, instances), weight: 2 },
  { arbitrary: command('publish', name, revision, version, kind), weight: 3 },
  {
    arbitrary: command(
      'delete',
      name,
      fc.constantFrom('', '?versionNumber=1', '?versionNumber=2', '?qualifier=v1'),
    ),
    weight: 2,
  },
  {
    arbitrary: command('get', name, fc.constantFrom('', '?versionNumber=1', '?kind=faas', '?isAdmin=1')),
    weight: 2,
  },
  { arbitrary: command('versions', name, pageParam), weight: 2 },
  { arbitrary: command('list', fc.constantFrom('', 'a', '0@'), pageParam), weight: 1 },
  {
    arbitrary: command(
      'reserve',
      fc.constantFrom('POST', 'PUT', 'DELETE', 'GET'),
      fc.constantFrom('l1', 'l2', ''),
      version,
    ),
    weight: 2,
  },
  {
    arbitrary: command(
      'podpool',
      fc.constantFrom('POST', 'PUT', 'DELETE', 'GET'),
      fc.constantFrom('p', 'q'),
      fc.integer({ min: -1, max: 3 }),
    ),
    weight: 2,
  },
)

export const commandsArbitrary = fc.array(commandArbitrary, { minLength: 1, maxLength: 12 })

type Apply = (s: Steps, args: readonly unknown[]) => void

const APPLY: Record<string, Apply> = {
  create: (s, [n, c, m, t, min, k]) =>
    s.post(FUNCTIONS, createBody(n as string, { cpu: c, memory: m, timeout: t, minInstance: min, kind: k })),
  update: (s, [n, rev, c, m, t, max]) =>
    s.put(`${FUNCTIONS}/${n}`, { revisionId: rev, cpu: c, memory: m, timeout: t, maxInstance: max }),
  publish: (s, [n, rev, v, k]) =>
    s.post(`${FUNCTIONS}/${n}/versions`, { revisionId: rev, versionNumber: v, kind: k }),
  delete: (s, [n, query]) => s.delete(`${FUNCTIONS}/${n}${query}`),
  get: (s, [n, query]) => s.get(`${FUNCTIONS}/${n}${query}`),
  versions: (s, [n, query]) => s.get(`${FUNCTIONS}/${n}/versions${query ? `?${query}` : ''}`),
  list: (s, [prefix, query]) =>
    s.get(`${FUNCTIONS}?name=${encodeURIComponent(prefix as string)}${query ? `&${query}` : ''}`),
  reserve: (s, [method, label, v]) =>
    s.add(method as string, RESERVE, {
      body: {
        funcName: '0@svc@c',
        version: v,
        instanceLabel: label,
        instanceConfigInfos: [{ maxInstance: 2 }],
      },
    }),
  podpool: (s, [method, suffix, size]) => {
    const id = `${s.unique}-${suffix}`
    if (method === 'POST') s.post(PODPOOLS, { pools: [{ id, group: `${s.unique}g`, size }] })
    else if (method === 'PUT') s.put(`${PODPOOLS}/${id}`, { size })
    else if (method === 'DELETE') s.delete(`${PODPOOLS}?id=${id}`)
    else s.get(`${PODPOOLS}?group=${s.unique}g`)
  },
}

/** The steps of a command list in one tenant (and pool-id prefix) of its own. */
export function toSequence(
  commands: readonly Command[],
  sequenceName: string,
  tenant: string,
  unique: string,
): Sequence {
  const steps = new Steps(tenant, unique)
  for (const { op, args } of commands) APPLY[op]?.(steps, args)
  return { name: sequenceName, steps: steps.steps }
}

/** A fixed batch for the golden corpus: the same seed gives the same sequences. */
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
