import { toGoJson } from '../../go/go-json.js'
import type { VersionRecord } from '../../model/version-record.js'
import { toVersionListItem } from '../functions/function-shapes.js'
import { asListedFromKey } from '../functions/nested-shapes.js'
import type { VersionPage } from './list-versions.js'

/** The serialized list element of each record: records are frozen, so it never goes stale. */
const itemJson = new WeakMap<VersionRecord, string>()

function toItemJson(record: VersionRecord): string {
  let json = itemJson.get(record)
  if (json === undefined) {
    json = toGoJson(toVersionListItem(asListedFromKey(record)))
    itemJson.set(record, json)
  }
  return json
}

/**
 * The non-admin versions list as JSON text: `functions` is null on an empty page and paging echoes
 * as strings. Elements are serialized once per record, so a page costs joining its rows.
 */
export function toVersionListJson({ versions, total, page }: VersionPage): string {
  const functions = versions.length > 0 ? `[${versions.map(toItemJson).join(',')}]` : 'null'
  // Page numbers are Go ints printed in decimal: nothing in them needs escaping.
  const pageInfo = `{"pageIndex":"${page.pageIndex}","pageSize":"${page.pageSize}","total":${total}}`
  return `{"functions":${functions},"pageInfo":${pageInfo}}`
}
