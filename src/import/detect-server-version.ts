import type { ServerVersion } from '../contract/server-version.js'
import { ImportError, type Transport } from './transport.js'

const FUNCTIONS = '/serverless/v1/functions'

/**
 * Names whose versions list only some releases read as a name (decision 0025): 0.7.0 takes only
 * lowercase names, so `Fn` is read as a URN there; 0.8.0's path grammar wants a lowercase service,
 * so `0@Svc@fn` is. A name that is not one is parsed as a URN and refused with 500 `invalid URN`.
 */
const PROBES: readonly { readonly name: string; readonly refusedBy: ServerVersion }[] = [
  { name: 'Fn', refusedBy: '0.7.0' },
  { name: '0@Svc@fn', refusedBy: '0.8.0' },
]

/**
 * The release of the meta_service behind `send`, from how it reads two names: two GETs of versions
 * lists, which write nothing and answer 200 (an empty page) for a function that does not exist.
 * @example await detectServerVersion(send, 'tenant-a') // '0.8.0'
 */
export async function detectServerVersion(send: Transport, tenant: string): Promise<ServerVersion> {
  for (const probe of PROBES) {
    const path = `${FUNCTIONS}/${probe.name}/versions?pageIndex=1&pageSize=1`
    const answer = await send('GET', path, { 'x-tenant-id': tenant })
    if (answer.status === 200) continue
    if (answer.status === 500 && answer.body.includes(`invalid URN: ${probe.name}`)) return probe.refusedBy
    throw new ImportError(
      `GET ${path} answered ${answer.status} (${answer.body.slice(0, 120)}): cannot tell the server's release; give --server-version`,
    )
  }
  return '0.10.0'
}
