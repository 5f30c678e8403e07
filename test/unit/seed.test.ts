import { describe, expect, it } from 'vitest'
import { createMetaService, DOC_EXAMPLE_FUNCTION, SECOND_TENANT } from '../../src/index.js'
import type { VersionRecord } from '../../src/model/version-record.js'
import { toVersionListItem } from '../../src/resources/functions/function-shapes.js'

async function recordsOf(options: Parameters<typeof createMetaService>[0]): Promise<VersionRecord[]> {
  const service = createMetaService(options)
  await service.ready
  return service.engine.defaultState.store.allRecords().map((record) => ({ ...record }))
}

const functionKey = (record: VersionRecord) => `${record.tenantId}/${record.name}`

describe('seed data', () => {
  it('is identical for the same seed', async () => {
    expect(await recordsOf({ seed: 7 })).toEqual(await recordsOf({ seed: 7 }))
  })

  it('differs for another seed', async () => {
    expect(await recordsOf({ seed: 7 })).not.toEqual(await recordsOf({ seed: 8 }))
  })

  it('keeps the first functions unchanged when more are asked for', async () => {
    const few = await recordsOf({ seed: 3, functions: 5 })
    const many = await recordsOf({ seed: 3, functions: 12 })
    const fewKeys = new Set(few.map(functionKey))
    const strip = ({ modRevision: _r, writeOrder: _w, ...rest }: VersionRecord) => rest
    const fromMany = many.filter((record) => fewKeys.has(functionKey(record))).map(strip)
    expect(fromMany).toEqual(few.map(strip))
  })

  it('has a few dozen functions in all three name forms and two tenants', async () => {
    const records = await recordsOf({})
    const names = new Set(records.map(functionKey))
    expect(names.size).toBeGreaterThanOrEqual(24)
    expect(records.some((r) => r.name.startsWith('0@'))).toBe(true)
    expect(records.some((r) => r.name.startsWith('0-'))).toBe(true)
    expect(records.some((r) => !r.name.startsWith('0'))).toBe(true)
    expect(new Set(records.map((r) => r.tenantId))).toEqual(new Set(['default', SECOND_TENANT]))
  })

  it("stays within the real server's limits: at most 8 versions beside latest, CPU and memory in range", async () => {
    const records = await recordsOf({})
    const counts = new Map<string, number>()
    for (const record of records) counts.set(functionKey(record), (counts.get(functionKey(record)) ?? 0) + 1)
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(9)
    for (const record of records) {
      expect(record.cpu).toBeGreaterThanOrEqual(300)
      expect(record.cpu).toBeLessThanOrEqual(16000)
      expect(record.memory).toBeGreaterThanOrEqual(128)
      expect(record.revisionId).toMatch(/^[0-9]{14,17}$/)
    }
  })

  it("serves the documentation's example exactly, but for the tenant and the current key order", async () => {
    const records = await recordsOf({ functions: 0 })
    const version1 = records.find((r) => r.name === DOC_EXAMPLE_FUNCTION && r.versionNumber === '1')
    expect(version1).toBeDefined()
    expect(toVersionListItem(version1 as VersionRecord)).toEqual({
      id: 'sn:cn:yrk:default:function:0@faaspy@hello2:1',
      createTime: '2024-03-02 08:31:12.724 UTC',
      updateTime: '2024-03-02 08:47:50.473 UTC',
      functionUrn: 'sn:cn:yrk:default:function:0@faaspy@hello2',
      name: '0@faaspy@hello2',
      tenantId: 'default',
      businessId: 'yrk',
      productId: '',
      reversedConcurrency: 0,
      description: 'this is a function',
      tag: null,
      functionVersionUrn: 'sn:cn:yrk:default:function:0@faaspy@hello2:1',
      revisionId: '20240302084750473',
      codeSize: 0,
      codeSha256: '',
      bucketId: '',
      objectId: '',
      handler: 'handler.my_handler',
      layers: null,
      cpu: 600,
      memory: 512,
      runtime: 'python3.9',
      timeout: 600,
      versionNumber: '1',
      versionDesc: 'version2',
      environment: {},
      customResources: null,
      statefulFlag: 0,
      lastModified: '',
      Published: '2024-03-02 09:07:53.390 UTC',
      minInstance: 0,
      maxInstance: 10,
      concurrentNum: 10,
      funcLayer: [],
      status: '',
      instanceNum: 0,
      device: {},
      created: '',
    })
  })

  it('writes list items with the keys in Go order', async () => {
    const records = await recordsOf({ functions: 0 })
    const keys = Object.keys(toVersionListItem(records[0] as VersionRecord))
    expect(keys.join(',')).toBe(
      'id,createTime,updateTime,functionUrn,name,tenantId,businessId,productId,reversedConcurrency,description,' +
        'lastModified,Published,minInstance,maxInstance,concurrentNum,status,instanceNum,tag,functionVersionUrn,' +
        'revisionId,codeSize,codeSha256,bucketId,objectId,handler,layers,cpu,memory,runtime,timeout,versionNumber,' +
        'versionDesc,environment,customResources,statefulFlag,funcLayer,device,created',
    )
  })
})
