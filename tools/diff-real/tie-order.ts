import type { Answer } from './exchange.js'

/**
 * Decision 0026: records one etcd transaction wrote share a ModRevision, and etcd orders such ties
 * with Go's unstable `sort.Sort`, whose result for lists of more than 12 records depends on the whole
 * list. The fake keeps key order. Two list answers that differ only in the order inside such a tie
 * are the same answer here: a tie is a run of neighbouring entries written together (function records
 * of one function with one `revisionId`; pod pools deleted together: status 6, one group).
 */
export function sameUpToTieOrder(expected: Answer, actual: Answer): boolean {
  if (expected.kind !== 'response' || actual.kind !== 'response') return false
  if (expected.status !== actual.status || expected.contentType !== actual.contentType) return false
  if (expected.location !== actual.location || expected.body === actual.body) return false
  const left = canonical(expected.body)
  return left !== undefined && left === canonical(actual.body)
}

type Entry = Record<string, unknown>

const LISTS: ReadonlyArray<readonly string[]> = [
  ['result', 'functions'],
  ['functions'],
  ['result', 'versions'],
  ['result', 'pools'],
]

/** The body with every tie sorted, or undefined when it is not a list answer. */
function canonical(body: string): string | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return undefined
  }
  let found = false
  for (const path of LISTS) {
    const holder = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Entry | undefined)?.[key], parsed)
    const key = path[path.length - 1] as string
    const list = (holder as Entry | undefined)?.[key]
    if (!Array.isArray(list)) continue
    ;(holder as Entry)[key] = sortTies(list as Entry[])
    found = true
  }
  return found ? JSON.stringify(parsed) : undefined
}

function tieKey(entry: Entry): string | undefined {
  if (typeof entry.revisionId === 'string') return `f\n${entry.name}\n${entry.revisionId}`
  if (entry.status === 6 && typeof entry.group === 'string') return `p\n${entry.group}`
  return undefined
}

function sortTies(list: Entry[]): Entry[] {
  const out: Entry[] = []
  for (let start = 0; start < list.length; ) {
    const key = tieKey(list[start] as Entry)
    let end = start + 1
    while (key !== undefined && end < list.length && tieKey(list[end] as Entry) === key) end++
    out.push(
      ...list
        .slice(start, end)
        .sort((a, b) => (entryId(a) < entryId(b) ? -1 : entryId(a) > entryId(b) ? 1 : 0)),
    )
    start = end
  }
  return out
}

function entryId(entry: Entry): string {
  return String(entry.versionNumber ?? entry.id ?? '')
}
