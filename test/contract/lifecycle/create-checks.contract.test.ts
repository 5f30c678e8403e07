import { expect, it } from 'vitest'
import { describeEveryFace } from '../../support/every-face.js'
import { createBody, FUNCTIONS } from './requests.js'

type Fn = Record<string, unknown>
const NAME = '0@svc@hello'

/** The create checks the mutation run of `src/resources/functions` found untested: layers, rootfs, device. */
describeEveryFace('POST /functions: layers, rootfs and device', {}, (api) => {
  const create = (overrides: Record<string, unknown>) => api().call('POST', FUNCTIONS, createBody(overrides))
  const refused = (code: number, message: string) => ({ code, message })
  const stored = async () => (await api().call<{ function: Fn }>('GET', `${FUNCTIONS}/${NAME}`)).body.function

  it('answers 121036 for a layer URN of another tenant or business, 122001 for any other layer', async () => {
    for (const urn of ['sn:cn:yrk:other:layer:l:1', 'sn:cn:other:default:layer:l:1']) {
      expect((await create({ layers: [urn] })).body).toEqual(refused(121036, `urn ${urn} is invalid`))
    }
    // The own tenant's URN, a version that is not a number, too few or too many parts: none exists.
    for (const layer of [
      'sn:cn:yrk:default:layer:l:1',
      'sn:cn:yrk:other:layer:l:x',
      'sn:cn:yrk:other:layer',
      'sn:cn:yrk:other:layer:l:1:x',
    ]) {
      expect((await create({ layers: [layer] })).body).toEqual(refused(122001, 'KV not exist in etcd'))
    }
  })

  it('checks that an image URL goes with the image type, both ways', async () => {
    expect((await create({ rootfs: { imageurl: 'img' } })).body).toEqual(
      refused(4104, "when rootfs imageurl is set, type must be 'image'. check input parameters"),
    )
    expect((await create({ rootfs: { type: 'image' } })).body).toEqual(
      refused(4104, "when rootfs type is 'image', imageurl must be set. check input parameters"),
    )
  })

  it('defaults the rootfs runtime to runsc for mounts alone and for a mount point alone', async () => {
    for (const rootfs of [{ mounts: [{ source: 'a', target: 'b' }] }, { mountpoint: '/m' }]) {
      expect((await create({ rootfs })).status).toBe(200)
      expect(((await stored()).rootfs as Fn).runtime).toBe('runsc')
      await api().call('DELETE', `${FUNCTIONS}/${NAME}`)
    }
  })

  it('skips the CPU check for a device with any value set, writes the device without its empty keys', async () => {
    expect((await create({ cpu: 1, device: { model: '', hbm: 0 } })).body).toEqual(
      refused(4104, 'CPU not in range [300, 16000]. check input parameters'),
    )
    expect((await create({ cpu: 1, device: { model: '', hbm: 0, type: 't', count: 2 } })).status).toBe(200)
    expect((await stored()).device).toEqual({ type: 't', count: 2 })
  })

  it('keeps the sandbox type and the priority AZ', async () => {
    expect((await create({ sandboxType: 'sb', priorityAz: 'az1' })).status).toBe(200)
    expect((await stored()).sandboxType).toBe('sb')
    const list = await api().call<{ result: { functions: Fn[] } }>(
      'GET',
      `${FUNCTIONS}?pageIndex=1&pageSize=10`,
    )
    expect(list.body.result.functions[0]?.priorityAz).toBe('az1')
  })
})
