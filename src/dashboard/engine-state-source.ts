/**
 * The state pages of the dashboard (tenants, functions, versions, reservations, pod pools), read
 * from a session's store: the second half of the adapter to today's engine (engine-source.ts).
 */
import { toScopeKey } from '../model/scope.js'
import type { VersionRecord } from '../model/version-record.js'
import { POD_POOLS, type StoredPool } from '../resources/podpools/pool-types.js'
import { RESERVATIONS } from '../resources/reserve-instance/reservations.js'
import type { FunctionEntry } from '../store/function-entry.js'
import type { MetaStore } from '../store/meta-store.js'
import type { StatePage, StateResource, StateRow } from './dashboard-source.js'

interface FunctionRow {
  readonly scopeKey: string
  readonly name: string
  readonly entry: FunctionEntry
  readonly newest: VersionRecord
}

interface StoreIndex {
  readonly revision: number
  /** Tenant scopes with their functions, newest write first. */
  readonly scopes: Map<string, FunctionRow[]>
}

/** One index per store and revision: building it reads every record, paging it reads a page. */
const indexes = new WeakMap<MetaStore, StoreIndex>()

function indexOf(store: MetaStore): StoreIndex {
  const cached = indexes.get(store)
  if (cached?.revision === store.revision) return cached
  const scopes = new Map<string, FunctionRow[]>()
  const seen = new Set<string>()
  for (const record of store.allRecords()) {
    const scope = { businessId: record.businessId, tenantId: record.tenantId, productId: record.productId }
    const scopeKey = toScopeKey(scope)
    if (seen.has(`${scopeKey}/${record.name}`)) continue
    seen.add(`${scopeKey}/${record.name}`)
    const entry = store.findFunction(scope, record.name)
    const newest = entry?.slice(0, 1)[0]
    if (!entry || !newest) continue
    const rows = scopes.get(scopeKey) ?? []
    rows.push({ scopeKey, name: record.name, entry, newest })
    scopes.set(scopeKey, rows)
  }
  for (const rows of scopes.values()) rows.sort((a, b) => compareNewestWrite(b.newest, a.newest))
  const index = { revision: store.revision, scopes }
  indexes.set(store, index)
  return index
}

/** When a record was last written: published versions keep no update time. */
function toWrittenTime(record: VersionRecord): string {
  return record.updateTime || record.published || record.createTime
}

function compareNewestWrite(a: VersionRecord, b: VersionRecord): number {
  return a.modRevision - b.modRevision || a.writeOrder - b.writeOrder
}

export function stateResources(store: MetaStore): StateResource[] {
  return [
    { id: 'tenants', label: 'Tenants, functions and versions', total: indexOf(store).scopes.size },
    { id: 'reservations', label: 'Reserve-instance configurations', total: reservationRows(store).length },
    { id: 'podpools', label: 'Pod pools (global)', total: store.slot(POD_POOLS).size },
  ]
}

export function pageState(
  store: MetaStore,
  query: { resource: string; parent?: string; page: number; pageSize: number },
): StatePage {
  // Own keys only: `?resource=constructor` must not find Object's constructor.
  const shape =
    (Object.hasOwn(STATE_SHAPES, query.resource) && STATE_SHAPES[query.resource]) || STATE_SHAPES.tenants
  if (!shape) throw new Error('yr-meta-mock: the tenants view is missing')
  const rows = shape.rows(store, query.parent ?? '')
  const start = (query.page - 1) * query.pageSize
  return {
    resource: query.resource,
    label: shape.label,
    columns: shape.columns,
    trail: shape.trail(query.parent ?? ''),
    items: rows.slice(start, start + query.pageSize).map(shape.toRow),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
  }
}

interface StateShape<T> {
  readonly label: string
  readonly columns: readonly string[]
  rows(store: MetaStore, parent: string): readonly T[]
  toRow(item: T): StateRow
  trail(parent: string): StatePage['trail']
}

const describeScope = (scopeKey: string) => {
  const [, tenant = '', product = ''] = scopeKey.split('/')
  return product ? `${tenant} (product ${product})` : tenant
}

/** A function's key in links: its scope and its name (names never hold a newline). */
const toFunctionKey = (row: FunctionRow) => `${row.scopeKey}\n${row.name}`

const tenantsShape: StateShape<[string, FunctionRow[]]> = {
  label: 'Tenants',
  columns: ['tenant', 'functions', 'records'],
  rows: (store) => [...indexOf(store).scopes],
  toRow: ([scopeKey, functions]) => ({
    key: scopeKey,
    cells: [
      describeScope(scopeKey),
      String(functions.length),
      String(functions.reduce((sum, f) => sum + f.entry.size, 0)),
    ],
    record: { scope: scopeKey, functions: functions.length },
    open: { resource: 'functions', parent: scopeKey, label: describeScope(scopeKey) },
  }),
  trail: () => [],
}

const functionsShape: StateShape<FunctionRow> = {
  label: 'Functions, newest write first',
  columns: ['function', 'versions', 'last write (revision)', 'written'],
  rows: (store, scopeKey) => indexOf(store).scopes.get(scopeKey) ?? [],
  toRow: (row) => ({
    key: toFunctionKey(row),
    cells: [row.name, String(row.entry.size), String(row.newest.modRevision), toWrittenTime(row.newest)],
    record: row.newest,
    open: { resource: 'versions', parent: toFunctionKey(row), label: row.name },
  }),
  trail: (scopeKey) => [{ resource: 'functions', parent: scopeKey, label: describeScope(scopeKey) }],
}

const versionsShape: StateShape<VersionRecord> = {
  label: 'Versions, newest write first',
  columns: ['version', 'revision id', 'revision', 'written'],
  rows: (store, functionKey) => {
    const [scopeKey = '', name = ''] = functionKey.split('\n')
    const row = indexOf(store)
      .scopes.get(scopeKey)
      ?.find((candidate) => candidate.name === name)
    return row ? row.entry.slice(0, row.entry.size) : []
  },
  toRow: (record) => ({
    key: `${record.tenantId}/${record.productId}/${record.name}/${record.versionNumber}`,
    cells: [record.versionNumber, record.revisionId, String(record.modRevision), toWrittenTime(record)],
    record,
  }),
  trail: (functionKey) => {
    const [scopeKey = '', name = ''] = functionKey.split('\n')
    return [
      { resource: 'functions', parent: scopeKey, label: describeScope(scopeKey) },
      { resource: 'versions', parent: functionKey, label: name },
    ]
  },
}

interface ReservationRow {
  readonly key: string
  readonly label: string
  readonly configs: unknown
}

function reservationRows(store: MetaStore): ReservationRow[] {
  return [...store.slot(RESERVATIONS).entries()].flatMap(([key, labels]) =>
    [...labels].map(([label, configs]) => ({ key, label, configs })),
  )
}

const reservationsShape: StateShape<ReservationRow> = {
  label: 'Reserve-instance configurations',
  columns: ['function version', 'instance label', 'clusters'],
  rows: (store) => reservationRows(store),
  toRow: (row) => ({
    key: `${row.key}#${row.label}`,
    cells: [row.key.split('/').slice(1).join('/'), row.label, String((row.configs as unknown[]).length)],
    record: { function: row.key, instanceLabel: row.label, instanceConfigInfos: row.configs },
  }),
  trail: () => [],
}

/** Pod pools, most recently written first as the real server lists them; deleted ones stay (status 6). */
const podPoolsShape: StateShape<StoredPool> = {
  label: 'Pod pools (global)',
  columns: ['id', 'group', 'size / max_size', 'status'],
  rows: (store) =>
    [...store.slot(POD_POOLS).entries()]
      .map(([, stored]) => stored)
      .sort((a, b) => b.modRevision - a.modRevision),
  toRow: ({ pool }) => ({
    key: pool.id,
    cells: [pool.id, pool.group, `${pool.size} / ${pool.max_size}`, String(pool.status)],
    record: pool,
  }),
  trail: () => [],
}

const STATE_SHAPES: Record<string, StateShape<never> | undefined> = {
  tenants: tenantsShape as StateShape<never>,
  functions: functionsShape as StateShape<never>,
  versions: versionsShape as StateShape<never>,
  reservations: reservationsShape as StateShape<never>,
  podpools: podPoolsShape as StateShape<never>,
}
