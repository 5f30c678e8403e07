import type { ServerVersion } from '../../contract/server-version.js'
import { toGoJson } from '../../go/go-json.js'
import type { VersionRecord } from '../../model/version-record.js'
import type { FunctionRelease } from '../functions/function-releases.js'
import { toVersionListItem } from '../functions/function-shapes.js'
import { asListedFromKey } from '../functions/nested-shapes.js'
import type { VersionPage } from './list-versions.js'

/**
 * The serialized list element of each record, per release (two fakes of different releases may
 * hold one record): records are frozen, so it never goes stale.
 */
const itemJson = new Map<ServerVersion, WeakMap<VersionRecord, string>>()

function toItemJson(record: VersionRecord, release: FunctionRelease): string {
  let cache = itemJson.get(release.serverVersion)
  if (cache === undefined) {
    cache = new WeakMap()
    itemJson.set(release.serverVersion, cache)
  }
  let json = cache.get(record)
  if (json === undefined) {
    json = toGoJson(toVersionListItem(asListedFromKey(record), release))
    cache.set(record, json)
  }
  return json
}

/**
 * The non-admin versions list as JSON text: `functions` is null on an empty page and paging echoes
 * as strings. Elements are serialized once per record, so a page costs joining its rows.
 */
export function toVersionListJson({ versions, total, page }: VersionPage, release: FunctionRelease): string {
  const rows = versions.map((record) => toItemJson(record, release))
  const functions = versions.length > 0 ? `[${rows.join(',')}]` : 'null'
  // Page numbers are Go ints printed in decimal: nothing in them needs escaping.
  const pageInfo = `{"pageIndex":"${page.pageIndex}","pageSize":"${page.pageSize}","total":${total}}`
  return `{"functions":${functions},"pageInfo":${pageInfo}}`
}
