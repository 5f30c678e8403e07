import { describe, expect, it } from 'vitest'
import { toEtcdPuts } from '../../tools/diff-real/etcd-state.js'

/**
 * The keys the harness writes into the real server's etcd for a sequence's `given` state: the ones
 * the real storage code reads (its reflect codec). A key off by one character is a layer the real
 * server never finds, and the live comparison would pass on two "not found" answers.
 */
describe('the etcd keys of state another writer puts there', () => {
  it('encodes layer versions as the codec does: length letter then digits, 0 as an empty last part', () => {
    const keys = toEtcdPuts({
      layers: [
        { tenantId: 't', name: 'l', version: 1, compatibleRuntimes: ['python3.9'] },
        { tenantId: 't', productId: 'p', name: 'l', version: 10, compatibleRuntimes: [], indexed: false },
        { tenantId: 't', name: 'z', version: 0, compatibleRuntimes: [] },
      ],
    }).map(([key]) => key)
    expect(keys).toEqual([
      '/repo/Layer/yrk/t//l/b1/',
      '/repo/LayerCountIndex/yrk/t//l/',
      '/repo/Layer/yrk/t/p/l/c10/',
      '/repo/Layer/yrk/t//z/',
      '/repo/LayerCountIndex/yrk/t//z/',
    ])
  })

  it('writes an alias with one routing index entry per version it routes to', () => {
    const puts = toEtcdPuts({
      aliases: [
        {
          tenantId: 't',
          functionName: 'fn',
          name: 'prod',
          functionVersion: '1',
          routingConfig: { '1': 60, '2': 40 },
        },
      ],
    })
    expect(puts.map(([key]) => key)).toEqual([
      '/repo/Alias/yrk/t//fn/prod/',
      '/repo/AliasRoutingIndex/yrk/t//fn/1/',
      '/repo/AliasRoutingIndex/yrk/t//fn/2/',
    ])
    expect(JSON.parse(puts[0]?.[1] ?? '')).toMatchObject({ FunctionVersion: '1', RoutingConfig: { '1': 60 } })
  })

  it('writes a trigger with its indexes, HTTP unless told', () => {
    const puts = toEtcdPuts({
      triggers: [{ tenantId: 't', functionName: 'fn', versionOrAlias: '1', triggerId: 'x' }],
    })
    expect(puts.map(([key]) => key)).toEqual([
      '/repo/Trigger/yrk/t//fn/1/x/',
      '/repo/TriggerFunctionIndex/yrk/t//x/',
      '/repo/FunctionResourceIDIndex/yrk/t//fn/1/x/',
    ])
    expect(JSON.parse(puts[0]?.[1] ?? '')).toMatchObject({
      TriggerType: 'HTTP',
      EtcdSpec: { ResourceID: 'x' },
    })
  })

  it('refuses what a scenario refuses, naming the key', () => {
    expect(() =>
      toEtcdPuts({ layers: [{ tenantId: 't', name: 'a/b', version: 1, compatibleRuntimes: [] }] }),
    ).toThrow(/it separates the parts of the etcd key/)
    expect(() =>
      toEtcdPuts({
        triggers: [{ tenantId: 't', functionName: 'f', versionOrAlias: '1', triggerId: 'x', type: 'HTTP' }],
      }),
    ).toThrow(/type/)
  })
})
