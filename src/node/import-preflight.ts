import { ImportError, type Transport } from '../import/transport.js'

const LIST = '/serverless/v1/functions?pageIndex=1&pageSize=1'
const FRONTEND_LIST = '/admin/v1/functions?pageIndex=1&pageSize=1'

/**
 * Before a whole tenant is read: is `from` a meta_service, and does the tenant hold anything?
 * The openYuanrong frontend serves only /admin/v1 (a bare 404 elsewhere), and the real server
 * lists an unknown tenant as empty: either would otherwise end in a 404 or an empty fixture.
 */
export async function checkImportSource(send: Transport, from: string, tenant: string): Promise<void> {
  const headers = { 'x-tenant-id': tenant }
  const listed = await send('GET', LIST, headers)
  if (listed.status === 404) {
    const frontend = await send('GET', FRONTEND_LIST, headers)
    throw new ImportError(
      frontend.status === 200
        ? `${from} is the openYuanrong frontend (it serves /admin/v1/functions, not meta_service's ` +
            "/serverless/v1 API the import reads): give meta_service's own URL with --from, the one the " +
            'frontend forwards to (port 31182 by default); nothing written'
        : `${from} answered 404 to GET ${LIST}: it does not serve meta_service's API; give ` +
            "meta_service's URL with --from (port 31182 by default); nothing written",
    )
  }
  if (listed.status !== 200) return // importTenant names any other answer where it meets it
  if (readTotal(listed.body) === 0)
    throw new ImportError(
      `tenant "${tenant}" has no functions on ${from} (GET /serverless/v1/functions with ` +
        `X-Tenant-ID: ${tenant} lists none): check --tenant; nothing written`,
    )
}

function readTotal(body: string): number | undefined {
  try {
    const total = (JSON.parse(body) as { result?: { total?: unknown } }).result?.total
    return typeof total === 'number' ? total : undefined
  } catch {
    return undefined
  }
}
