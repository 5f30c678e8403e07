import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { CliUsageError, parseCliArgs } from '../../src/node/cli-args.js'
import { startServer } from '../../src/node/start-server.js'

// Found by a mutation run of src/admin (issue 23, session 8): an empty admin token was taken as a
// token. Every /__admin call that sent none got in (the empty string matched it), and, being a
// token, it switched off the Host check of a fake on loopback without one: a page on
// `evil.example` resolving to 127.0.0.1 read /__admin/health (200, where no token gives 403); beyond
// loopback no token was generated, so /__admin was open. `--admin-token "$UNSET"` gives one. It is
// now refused where it is given, naming the option; an empty YR_META_MOCK_ADMIN_TOKEN stays "none".

describe('an empty admin token', () => {
  it('is refused by createMetaService, naming adminToken', () => {
    expect(() => createMetaService({ adminToken: '' })).toThrow(
      'yr-meta-mock: adminToken is empty: give a token, or leave it out for none',
    )
  })

  it('is refused by startServer before it listens, also with a service built without one', async () => {
    await expect(startServer({ port: 0, adminToken: '' })).rejects.toThrow(/adminToken is empty/)
    const service = createMetaService({ functions: 0 })
    await expect(startServer({ port: 0, service, adminToken: '' })).rejects.toThrow(/adminToken is empty/)
  })

  it('is a usage error on the command line', () => {
    expect(() => parseCliArgs(['--admin-token', ''])).toThrow(CliUsageError)
    expect(() => parseCliArgs(['--admin-token', ''])).toThrow(
      '--admin-token is empty: give a token, or leave the flag out for none',
    )
  })

  it('still leaves a real token and no token as they were', () => {
    expect(() => createMetaService({ adminToken: 's3cret' })).not.toThrow()
    expect(parseCliArgs(['--admin-token', 's3cret'])).toMatchObject({ kind: 'serve', adminToken: 's3cret' })
    expect(parseCliArgs([])).toMatchObject({ kind: 'serve', adminToken: undefined })
  })
})
