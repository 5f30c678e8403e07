import { SERVER_VERSION_LIST, type ServerVersion, toServerVersion } from '../contract/server-version.js'
import { importTenant } from '../import/import-tenant.js'
import { toImportedFixture } from '../import/to-imported-fixture.js'
import { ImportError, type Transport } from '../import/transport.js'
import { MAX_FIXTURE_BYTES } from '../scenarios/parse-scenario.js'
import { checkWritableFile, writeFileAtomic } from './atomic-write.js'
import { checkImportSource } from './import-preflight.js'
import { CliUsageError, parseFlags } from './parse-flags.js'
import { sendRaw } from './raw-http.js'

export const IMPORT_USAGE = `Usage: yr-meta-mock import --from <url> --tenant <id> [--product <id>] --out <file.json>

Reads every function, version and reserve-instance label of a tenant through the real API and writes
a scenario fixture that serves them exactly (times, revision ids, list order). Pod pools are global on
the real server: the fixture gets all of the server's pools (deleted ones too), whatever --tenant and
--product say.

Options:
  --from <url>       the real meta_service (http://host:31182)
  --tenant <id>      the tenant to copy (X-Tenant-ID)
  --product <id>     keep only this product's records
  --out <file>       the fixture to write (whole or not at all: an earlier file stays if writing fails)
  --name <name>      the scenario's name (default: the file name)
  --server-version <v>  the server's release, ${SERVER_VERSION_LIST} (default: told by how it reads
                     two names); the fixture's "serverVersion"
  --page-size <n>    records (and pod pools) per list page (default 500)`

/** `yr-meta-mock import`: returns the exit code. */
export async function runImportCommand(args: readonly string[]): Promise<number> {
  const { values } = parseFlags(
    {
      args: [...args],
      strict: true,
      options: {
        from: { type: 'string' },
        tenant: { type: 'string' },
        product: { type: 'string' },
        out: { type: 'string' },
        name: { type: 'string' },
        'page-size': { type: 'string' },
        'server-version': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    'yr-meta-mock import --help',
  )
  if (values.help) return print(IMPORT_USAGE)
  const { from, tenant, out } = values
  if (!from || !tenant || !out)
    throw new CliUsageError('import needs --from, --tenant and --out; see import --help')
  // Before reading a whole tenant: an --out that cannot be written is found out now.
  checkWritableFile(out)
  const started = Date.now()
  const send = createImportTransport(from)
  await checkImportSource(send, from, tenant)
  const imported = await importTenant({
    send,
    tenant,
    product: values.product,
    pageSize: values['page-size'] === undefined ? undefined : Number(values['page-size']),
    serverVersion: toImportVersion(values['server-version']),
    progress: (line) => process.stderr.write(`import: ${line}\n`),
  })
  if (imported.records.length === 0)
    throw new ImportError(
      `tenant "${tenant}" has no functions of product "${values.product}" on ${from}: check --product; nothing written`,
    )
  const fixture = toImportedFixture(imported, { from, tenant, product: values.product, name: values.name })
  const text = toFixtureText(fixture)
  // A temp file renamed into place: a failed write (a full disk) leaves an earlier --out as it was.
  await writeFileAtomic(out, text)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  process.stderr.write(
    `import: wrote ${out} (${imported.records.length} records, ${imported.podPools.length} pod pools, ${text.length} bytes) in ${seconds} s\n`,
  )
  if (text.length > MAX_FIXTURE_BYTES)
    process.stderr.write(
      `import: over the ${MAX_FIXTURE_BYTES}-byte fixture limit: load it in code (createMetaService({ scenarios }))\n`,
    )
  return 0
}

function toImportVersion(text: string | undefined): ServerVersion | undefined {
  if (text === undefined) return undefined
  const version = toServerVersion(text)
  if (version === undefined)
    throw new CliUsageError(`import --server-version takes ${SERVER_VERSION_LIST}, not "${text}"`)
  return version
}

/**
 * The importer's sender for a real server over node:http (a GET carries its body, as reserve-instance needs).
 * @example importTenant({ send: createImportTransport('http://127.0.0.1:31182'), tenant: 'prod-team' })
 */
export function createImportTransport(baseUrl: string): Transport {
  return async (method, path, headers, body) => {
    const answer = await sendRaw(baseUrl, method, path, { ...headers }, body)
    if (answer.kind !== 'response')
      throw new ImportError(`${method} ${path}: the connection to ${baseUrl} failed`)
    return answer
  }
}

/** One record a line: readable in a diff, a third of the size of an indented file. */
function toFixtureText(fixture: Record<string, unknown>): string {
  const { records, reservations, podPools, ...head } = fixture as Record<string, unknown[]>
  const lines = (items: unknown[] = []) => items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')
  const top = JSON.stringify(head, null, 2).slice(0, -2)
  const arrays = { records, reservations, podPools }
  const body = Object.entries(arrays).map(([key, items]) => ` "${key}": [\n${lines(items)}\n ]`)
  return `${top},\n${body.join(',\n')}\n}\n`
}

function print(text: string): number {
  process.stdout.write(`${text}\n`)
  return 0
}
