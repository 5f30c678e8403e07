import type { ServerVersion } from '../contract/server-version.js'
import type { VersionRecord } from '../model/version-record.js'
import { type ExactPool, exactPoolSchema } from '../seed/write-exact-pools.js'
import type { ExactReservation } from '../seed/write-exact-records.js'
import { detectServerVersion } from './detect-server-version.js'
import { toExactRecord } from './to-exact-record.js'
import { getJson, ImportError, mapLimited, type Transport } from './transport.js'

const FUNCTIONS = '/serverless/v1/functions'
const POD_POOLS = '/serverless/v1/podpools'
const FAAS_NAME = /^0@[0-9a-zA-Z]{1,16}@/

/** What to import and how. */
export interface ImportOptions {
  readonly send: Transport
  readonly tenant: string
  /** Keep only this product's records (the tenant's list shows every product). */
  readonly product?: string
  /** Records per list page (default 500). */
  readonly pageSize?: number
  /** The most records read; a bigger tenant is refused rather than cut (default 200,000). */
  readonly maxRecords?: number
  /** The most pod pools read; a server with more is refused rather than cut (default 100,000). */
  readonly maxPools?: number
  /** Requests in flight at once (default 4). */
  readonly concurrency?: number
  /** The server's release; absent: detected from its answers (`detectServerVersion`). */
  readonly serverVersion?: ServerVersion
  /** Told how far the import is, one line at a time (the CLI writes it to stderr). */
  readonly progress?: (line: string) => void
}

/** A tenant as read from the real server. */
export interface ImportedTenant {
  readonly records: VersionRecord[]
  readonly reservations: ExactReservation[]
  /** Every pod pool of the server (they are global: not the tenant's alone), newest write first. */
  readonly podPools: ExactPool[]
  /** The server's release, given or detected: the fixture answers as it. */
  readonly serverVersion: ServerVersion
}

/**
 * Reads a tenant through the real API: every version record (the list, paged, gives them and their
 * store order), each one's admin detail (the fields the list leaves empty), and the reserve-instance
 * labels of every FaaS version; then every pod pool of the server, deleted ones too (pools are
 * global: `tenant` and `product` do not narrow them).
 */
export async function importTenant(options: ImportOptions): Promise<ImportedTenant> {
  const serverVersion = options.serverVersion ?? (await detectServerVersion(options.send, options.tenant))
  options.progress?.(`the server answers as openYuanrong ${serverVersion}`)
  const listed = await listAllRecords(options)
  const kept =
    options.product === undefined ? listed : listed.filter((item) => item.productId === options.product)
  const total = kept.length
  let done = 0
  const places = kept.map((item, index) => ({ item, place: total - index }))
  const records = await mapLimited(places, options.concurrency ?? 4, async ({ item, place }) => {
    const detail = await readDetail(options, item)
    done++
    if (done % 250 === 0 || done === total) options.progress?.(`details ${done}/${total}`)
    // Newest first in the list: the first gets the highest revision.
    return toExactRecord(detail, { modRevision: place, writeOrder: place })
  })
  const reservations = await importReservations(options, records)
  const ordered = await inVersionsListOrder(options, records)
  return { records: ordered, reservations, podPools: await importPodPools(options), serverVersion }
}

/**
 * Every pod pool, deleted ones (status 6) included, in the list's order (newest write first): the
 * list is paged with `offset` as a page number and shows every stored field. A pool seen twice or a
 * count that moves means the pools changed while being read: the import stops rather than guess.
 */
async function importPodPools(options: ImportOptions): Promise<ExactPool[]> {
  const pageSize = options.pageSize ?? 500
  const maxPools = options.maxPools ?? 100_000
  const pools: ExactPool[] = []
  const seen = new Set<string>()
  let count: number | undefined
  for (let page = 1; page <= Math.ceil(maxPools / pageSize) + 1; page++) {
    const path = `${POD_POOLS}?limit=${pageSize}&offset=${page}`
    const answer = await getJson(options.send, path, { 'x-tenant-id': options.tenant })
    const result = (answer.result ?? {}) as { count?: number; pools?: unknown[] | null }
    const listed = result.pools ?? []
    const total = Number(result.count ?? 0)
    if (total > maxPools)
      throw new ImportError(`the server holds ${total} pod pools, over the ${maxPools} allowed`)
    if (count !== undefined && total !== count)
      throw new ImportError(`the pod pools changed while being read (${count}, then ${total}): import again`)
    count = total
    for (const item of listed) {
      const parsed = exactPoolSchema().safeParse(item)
      if (!parsed.success)
        throw new ImportError(`GET ${path} listed a pod pool the fake cannot hold: ${parsed.error.message}`)
      if (seen.has(parsed.data.id))
        throw new ImportError(
          `pod pool ${parsed.data.id} was listed twice (the pools changed while being read)`,
        )
      seen.add(parsed.data.id)
      pools.push(parsed.data)
    }
    options.progress?.(`listed ${pools.length}/${total} pod pools (all the server's)`)
    if (listed.length === 0 || pools.length >= total) {
      if (pools.length !== total)
        throw new ImportError(`the pod pools list ended at ${pools.length} of ${total}: import again`)
      return pools
    }
  }
  throw new ImportError(`the pod pools list did not end within ${maxPools} pools`)
}

/**
 * The records function by function, each in its versions list's order, oldest first (the order the
 * fake's index keeps). The real server breaks ties of one transaction (a publish writes the version
 * and `$latest` together) by key order there and by etcd's sort in the tenant's list: so each
 * function's own list is read, and `modRevision` keeps the tenant's order.
 */
async function inVersionsListOrder(
  options: ImportOptions,
  records: readonly VersionRecord[],
): Promise<VersionRecord[]> {
  const byFunction = new Map<string, VersionRecord[]>()
  for (const record of records) {
    const key = `${record.productId}/${record.name}`
    byFunction.set(key, [...(byFunction.get(key) ?? []), record])
  }
  const ordered = await mapLimited([...byFunction.values()], options.concurrency ?? 4, async (own) => {
    const first = own[0] as VersionRecord
    const newestFirst = await listVersionNumbers(options, first.name, first.productId)
    const place = (record: VersionRecord) => {
      const index = newestFirst.indexOf(record.versionNumber)
      return index === -1 ? -record.modRevision : index
    }
    return [...own].sort((a, b) => place(b) - place(a))
  })
  options.progress?.(`versions lists of ${byFunction.size} functions read`)
  return ordered.flat()
}

async function listVersionNumbers(
  options: ImportOptions,
  name: string,
  productId: string,
): Promise<string[]> {
  const numbers: string[] = []
  for (let pageIndex = 1; pageIndex <= 1000; pageIndex++) {
    const path = `${FUNCTIONS}/${name}/versions?pageIndex=${pageIndex}&pageSize=100`
    const answer = await getJson(options.send, path, scopeHeaders(options, productId))
    const page = (answer.functions ?? []) as Array<{ versionNumber?: string }>
    numbers.push(...page.map((item) => String(item.versionNumber)))
    const total = Number((answer.pageInfo as { total?: number } | undefined)?.total ?? 0)
    if (page.length === 0 || numbers.length >= total) return numbers
  }
  return numbers
}

interface ListedRecord {
  readonly name: string
  readonly versionNumber: string
  readonly productId: string
}

async function listAllRecords(options: ImportOptions): Promise<ListedRecord[]> {
  const pageSize = options.pageSize ?? 500
  const maxRecords = options.maxRecords ?? 200_000
  const listed: ListedRecord[] = []
  for (let pageIndex = 1; pageIndex <= Math.ceil(maxRecords / pageSize) + 1; pageIndex++) {
    const path = `${FUNCTIONS}?pageIndex=${pageIndex}&pageSize=${pageSize}`
    const answer = await getJson(options.send, path, { 'x-tenant-id': options.tenant })
    const result = (answer.result ?? {}) as {
      functions?: Array<Record<string, unknown>> | null
      total?: number
    }
    const page = result.functions ?? []
    const total = result.total ?? 0
    if (total > maxRecords)
      throw new ImportError(`tenant ${options.tenant} holds ${total} records, over the ${maxRecords} allowed`)
    for (const item of page) {
      listed.push({
        name: String(item.name),
        versionNumber: String(item.versionNumber),
        productId: String(item.productId ?? ''),
      })
    }
    options.progress?.(`listed ${listed.length}/${total} records`)
    if (page.length === 0 || listed.length >= total) return listed
  }
  throw new ImportError(`the list of tenant ${options.tenant} did not end within ${maxRecords} records`)
}

function scopeHeaders(options: ImportOptions, productId: string): Record<string, string> {
  return productId === ''
    ? { 'x-tenant-id': options.tenant }
    : { 'x-tenant-id': options.tenant, 'x-product-id': productId }
}

async function readDetail(options: ImportOptions, item: ListedRecord): Promise<Record<string, unknown>> {
  const path = `${FUNCTIONS}/${item.name}?versionNumber=${encodeURIComponent(item.versionNumber)}&isAdmin=true`
  const answer = await getJson(options.send, path, scopeHeaders(options, item.productId))
  return (answer.result ?? {}) as Record<string, unknown>
}

/** The labels of every FaaS version; a version without any is left out. */
async function importReservations(
  options: ImportOptions,
  records: readonly VersionRecord[],
): Promise<ExactReservation[]> {
  const faas = records.filter((record) => FAAS_NAME.test(record.name))
  const found = await mapLimited(faas, options.concurrency ?? 4, async (record) => {
    const body = JSON.stringify({ funcName: record.name, version: record.versionNumber, instanceLabel: '' })
    const answer = await getJson(
      options.send,
      `${FUNCTIONS}/reserve-instance`,
      scopeHeaders(options, record.productId),
      body,
    )
    const results = (answer.results ?? []) as ExactReservation['labels']
    return {
      tenantId: record.tenantId,
      productId: record.productId,
      funcName: record.name,
      version: record.versionNumber,
      labels: results,
    }
  })
  if (faas.length > 0) options.progress?.(`reserve-instance: ${faas.length} FaaS versions read`)
  return found.filter((reservation) => reservation.labels.length > 0)
}
