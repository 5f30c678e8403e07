import { createMetaService } from '../../src/index.js'

/** The page the throughput goals name: the first page of ten of the function with the most versions. */
export interface FullPage {
  readonly path: string
  /** The tenant header, when the function is not the default tenant's. */
  readonly headers: Readonly<Record<string, string>>
  readonly name: string
  readonly versions: number
  readonly bytes: number
}

/**
 * Finds, at the default seed, the function with the most versions (ties: the default tenant's, as the
 * issue measured it without a tenant header; then the biggest page; then the name), so every face and
 * peer serves that same page.
 */
export async function findFullPage(): Promise<FullPage> {
  const service = createMetaService()
  await service.ready
  const counts = new Map<string, { tenantId: string; name: string; versions: number }>()
  for (const record of await service.engine.defaultState.store.findRecords(() => true)) {
    const key = `${record.tenantId}\n${record.name}`
    const entry = counts.get(key) ?? { tenantId: record.tenantId, name: record.name, versions: 0 }
    counts.set(key, { ...entry, versions: entry.versions + 1 })
  }
  const most = Math.max(...[...counts.values()].map((entry) => entry.versions))
  const pages: FullPage[] = []
  for (const entry of counts.values()) {
    if (entry.versions !== most) continue
    const path = `/serverless/v1/functions/${entry.name}/versions?pageIndex=1&pageSize=10`
    const headers: Record<string, string> =
      entry.tenantId === 'default' ? {} : { 'x-tenant-id': entry.tenantId }
    const bytes = (await (await service.app.request(path, { headers })).arrayBuffer()).byteLength
    pages.push({ path, headers, name: entry.name, versions: most, bytes })
  }
  pages.sort(
    (a, b) =>
      Object.keys(a.headers).length - Object.keys(b.headers).length ||
      b.bytes - a.bytes ||
      a.name.localeCompare(b.name),
  )
  return pages[0] as FullPage
}

/** The page's bytes as the fake answers them in-process (what the bare app is given to send). */
export async function fullPageBytes(page: FullPage): Promise<Uint8Array> {
  const service = createMetaService()
  await service.ready
  return new Uint8Array(await (await service.app.request(page.path, { headers: page.headers })).arrayBuffer())
}

/** Checks that two servers send identical bytes for the page (the throughput ratios need it). */
export async function assertSameBytes(page: FullPage, urls: readonly string[]): Promise<Uint8Array> {
  const bodies = await Promise.all(
    urls.map(
      async (url) =>
        new Uint8Array(await (await fetch(`${url}${page.path}`, { headers: page.headers })).arrayBuffer()),
    ),
  )
  const [first] = bodies as [Uint8Array]
  for (const [index, body] of bodies.entries()) {
    if (Buffer.compare(Buffer.from(body), Buffer.from(first)) !== 0)
      throw new Error(`${urls[index]}${page.path} sends other bytes than ${urls[0]}`)
  }
  return first
}
